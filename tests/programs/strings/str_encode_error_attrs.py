def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for enc, s in [('ascii', 'abcé'), ('ascii', 'éé€x'), ('latin-1', 'a€€€b'), ('utf-8', 'x\ud800\udc00y'), ('utf-16', '\ud800'), ('ascii', '\U0001f600')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
        print(str(e))
    else:
        print('no error')
