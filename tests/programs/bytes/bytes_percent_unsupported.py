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


# The length modifiers l, h and L are skipped; any other letter is an error.
# (CPython 3.11's message for %z and non-ASCII letters depends on the hash
# seed, so those are left out.)
one = 1
run(["b'%y' % 1", "b'% y' % one", "b'%5z' % one", "b'%ld' % one",
     "b'%hd' % one", "b'%Lx' % 255", "b'%ll' % one", "b'%.5q' % one"])
