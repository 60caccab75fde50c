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


data = b'a\xffb\xc3c\xed\xa0\x80d'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        try:
            print(errors, enc, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(errors, enc, type(e).__name__, e)
run([
    "b'\\xff'.decode('utf-8', 'xmlcharrefreplace')", "b'\\xff'.decode('utf-8', 'namereplace')", "b'\\xff'.decode('utf-8', 'bogus')",
    "b'a'.decode('utf-8', 'bogus')", "b'\\xff'.decode(errors='replace')", "ascii(b'\\xed\\xb2\\x80'.decode('utf-8', 'surrogatepass'))",
    "ascii(b'\\x80\\x81'.decode('ascii', 'surrogateescape'))",
])
