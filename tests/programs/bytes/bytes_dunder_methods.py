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
    "b'ab'.__getnewargs__()", "bytes.__getnewargs__(b'')", "b'x'.__bytes__()", "b'x'.__bytes__() is not None",
    "bytes.__bytes__(b'q')", "b'%d'.__mod__(3)", "b'a'.__rmod__(b'%s')", "b'abc'.__getitem__(1)", "b'abc'.__getitem__(slice(1, None))",
    "b'abc'.__contains__(b'b')", "b'abc'.__len__()", "b'abc'.__eq__(b'abc')", "b'abc'.__eq__('abc')", "b'abc'.__lt__(1)",
    "bytearray(b'ab').__getitem__(0)", "bytearray(b'ab').__contains__(98)", "b'x'.__iter__().__next__()",
    "bytes.__new__(bytes, b'n')", "bytes.__new__(bytearray, b'n')", "bytearray.__mod__(bytearray(b'%s'), b'y')",
    "hasattr(bytearray(), '__bytes__')", "hasattr(bytearray(), '__getnewargs__')", "bytearray(b'x').__reduce_ex__(2)[0].__name__",
])
