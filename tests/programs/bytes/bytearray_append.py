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


a = bytearray()
run(["a.append(65)", "a.append(0)", "a.append(255)", "a.append(256)", "a.append(-1)", "a.append(b'x')", "a.append('x')",
     "a.append(1.0)", "a.append()", "a.append(1, 2)", "a.append(True)", "a.append(2**70)", "a.append(item=1)", "a"])
class I:
    def __index__(self): return 66
a.append(I())
print(a, len(a))
for i in range(300):
    a.append(i % 256)
print(len(a), a[-3:])
