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


run([
    "b'%a' % 'abc'", "b'%a' % '\\xe9\\u20ac'", "b'%r' % 'x'", "b'%a' % 1", "b'%a' % b'x'", "b'%r' % [1, 'a']",
    "b'%a' % None", "b'%10a|' % 'x'", "b'%-6r|' % 'x'", "b'%.2a' % 'abc'", "b'%a' % (1, 2)", "b'%a' % ((1, 2),)",
    "b'%a' % '\\U0001f600'",
])
