def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['ä\n', '\x00é\x7f', 'a\u2028b', "\\'\"", '\t\\t', 'é"\'', '\U0001f600\n', '\ud83d\ude00', 'ab\x1b[0m', '\x9b', '\u00a0\u00ad', '\U000e007f', '\U000f0001']:
    print(repr(s), ascii(s), repr(repr(s)), str(s) == s)
print(repr(['a', "b'", 'c"']), repr(('é',)), repr({'k\n': 'v\t'}))
