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
    "memoryview(b'x').tobytes()", "memoryview(bytearray(b'y')).tobytes()", "memoryview(memoryview(b'z')).tobytes()",
    "memoryview('str')", "memoryview(1)", "memoryview(None)", "memoryview([1])", "memoryview()", "memoryview(b'a', b'b')",
    "memoryview(object=b'kw').tobytes()", "memoryview(x=b'')", "type(memoryview(b'')).__name__",
    "memoryview(b'ab').readonly", "memoryview(bytearray(b'ab')).readonly", "memoryview(memoryview(b'ab')[::-1]).tolist()",
])
class B(bytes): pass
class BA(bytearray): pass
run(["memoryview(B(b'sub')).tobytes()", "memoryview(BA(b'sub2')).readonly", "type(memoryview(B(b'q')).obj).__name__"])
try:
    class M(memoryview): pass
except TypeError as e:
    print(type(e).__name__, e)
