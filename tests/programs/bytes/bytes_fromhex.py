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
    "bytes.fromhex('')", "bytes.fromhex('00ff')", "bytes.fromhex('DEADbeef')", "bytes.fromhex(' de ad  be ef ')",
    "bytes.fromhex('\\tde\\nad\\x0bbe\\x0cef\\r')", "bytes.fromhex('   ')", "bytearray.fromhex('0a 0b')",
    "type(bytearray.fromhex('00'))", "b''.fromhex('41')", "bytearray().fromhex('42')",
    "bytes.fromhex(string='41')", "bytes.fromhex('4142'*3)",
])
class B(bytes): pass
class BA(bytearray): pass
run(["type(B.fromhex('41'))", "B.fromhex('41')", "type(BA.fromhex('41'))", "BA.fromhex('4142')"])
