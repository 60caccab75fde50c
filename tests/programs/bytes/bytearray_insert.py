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


a = bytearray(b'ace')
run(["a.insert(1, 98)", "a", "a.insert(-1, 100)", "a", "a.insert(100, 102)", "a.insert(-100, 64)", "a",
     "a.insert(0, 256)", "a.insert(0, -1)", "a.insert(0, b'x')", "a.insert('0', 1)", "a.insert(0)", "a.insert(1.0, 1)",
     "a.insert(2**70, 1)", "a.insert(0, 1, 2)", "a"])
e = bytearray()
e.insert(5, 1)
e.insert(-5, 2)
print(e)
