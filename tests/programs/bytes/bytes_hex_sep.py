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


data = bytes(range(0xa0, 0xa7))
run([
    "data.hex(':')", "data.hex(b':')", "data.hex(':', 1)", "data.hex(':', 2)", "data.hex(':', 3)", "data.hex(':', -2)",
    "data.hex(':', -3)", "data.hex(':', 7)", "data.hex(':', 8)", "data.hex(':', -8)", "data.hex(':', 0)",
    "data.hex(' ', 100)", "data.hex('-', -1)", "b''.hex(':')", "b'\\x01'.hex(':')", "data.hex(sep='_', bytes_per_sep=4)",
    "bytearray(data).hex('.', -4)", "memoryview(data).hex('|', 2)", "data.hex(':', 2**40)", "data.hex(':', -2**31)",
])
