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
    "hash(b'') == hash(b'')", "hash(b'abc') == hash(bytes([97, 98, 99]))", "hash(b'abc') == hash(b'ab' + b'c')",
    "hash(b'abc') == hash('abc')", "hash(b'') == hash('')", "hash(b'') ", "hash(b'abc')", "hash(b'\\xff\\x00')",
    "hash(bytearray(b'a'))", "hash(memoryview(b'abc')) == hash(b'abc')", "{b'a': 1}[b'a']", "{b'a': 1}.get(bytearray(b'a'))",
    "len({b'x', b'x', bytes(b'x')})", "hash(b'hello world' * 10)",
])
class B(bytes): pass
run(["hash(B(b'abc')) == hash(b'abc')", "B(b'k') in {b'k'}", "bytearray.__hash__", "b'a'.__hash__() == hash(b'a')"])
