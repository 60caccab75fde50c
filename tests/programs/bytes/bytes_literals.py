def show(r):
    if type(r) is memoryview:
        try:
            return '<memory %s %s %r>' % (r.format, r.shape, r.tolist())
        except ValueError:
            return '<released memory>'
    if type(r) is tuple:
        return '(' + ', '.join(show(x) for x in r) + ')'
    return repr(r)


def run(cases):
    for src in cases:
        try:
            r = eval(src)
            print(src, '->', show(r))
        except Exception as e:
            print(src, '!!', type(e).__name__, e)


print(b'\x41\102\n\t\\', br'\x41\n', rb'\q', b'a' b'b', B'up', bR'\d')
print(b'\
continued', len(b'\0'), b'\777'[0] if False else '', b'\1\12\123', b'\N' == b'\\N')
print(b'''tri
ple''', b"""x'y"z""")
