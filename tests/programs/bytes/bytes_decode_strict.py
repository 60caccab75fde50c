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
    "b'abc'.decode()", "b'\\xc3\\xa9'.decode()", "b'\\xe2\\x82\\xac'.decode('utf-8')", "b'\\xf0\\x9f\\x98\\x80'.decode('utf8')",
    "b'\\xff'.decode()", "b'ab\\xffcd'.decode()", "b'\\xc3'.decode()", "b'a\\xc3('.decode()", "b'\\xe2\\x82'.decode()",
    "b'\\xed\\xa0\\x80'.decode()", "b'\\xf4\\x90\\x80\\x80'.decode()", "b'\\xc0\\x80'.decode()", "b'\\x80abc'.decode()",
    "b'\\xff'.decode('ascii')", "b'a\\x80b'.decode('ascii')", "b'\\xff\\xfe'.decode('UTF-8')", "bytearray(b'\\xe9').decode()",
    "b''.decode()", "memoryview(b'\\xc3\\xa9').tobytes().decode()",
])
try:
    b'xx\xfe\xffyy'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
