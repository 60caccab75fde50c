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


class A:
    def __bytes__(self): return b'from A'
class NotBytes:
    def __bytes__(self): return bytearray(b'ba')
class Raises:
    def __bytes__(self): raise RuntimeError('boom')
class Sub(bytes): pass
class SubBytes:
    def __bytes__(self): return Sub(b'sub')
class Both:
    def __bytes__(self): return b'bytes wins'
    def __iter__(self): return iter([1, 2])
    def __index__(self): return 5
class IndexOnly:
    def __index__(self): return 2
run([
    "bytes(A())", "bytes(NotBytes())", "bytes(Raises())", "bytes(SubBytes())", "type(bytes(SubBytes()))", "bytes(Both())",
    "bytearray(A())", "bytearray(Both())", "bytes(IndexOnly())", "Sub(A())", "type(Sub(A()))",
])
