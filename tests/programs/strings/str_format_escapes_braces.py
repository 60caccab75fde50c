def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for f in ['{{', '}}', '{{}}', '{{0}}', '{{{0}}}', 'a{{b}}c', '{{{{', '}}}}', '{0}}}', '{{{0}', '{}}}{{']:
    t(f.format, 'V')
for f in ['{', '}', '{{{', '}}}', 'a}b', 'a{b', '{0}}', '{{0}']:
    t(f.format, 'V')
