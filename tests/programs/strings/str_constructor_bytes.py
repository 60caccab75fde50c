def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(str(b'abc', 'ascii'), str(b'\xc3\xa4', 'utf-8'), str(b'\xe4', 'latin-1'), str(bytearray(b'x'), 'utf-8'))
print(str(b'a\xffb', 'utf-8', 'replace'), str(b'a\xffb', 'utf-8', 'ignore'), repr(str(b'a\xffb', 'utf-8', 'surrogateescape')), str(b'a\xffb', 'utf-8', 'backslashreplace'))
print(str(b'abc', encoding='ascii'), str(b'abc', errors='strict'), str(object=b'abc'), str(b'abc'))
print(str(memoryview(b'mv'), 'ascii'), str(b'', 'utf-8'))
t(str, b'\xff', 'utf-8')
t(str, b'a\x80', 'ascii')
t(str, b'\xed\xa0\x80', 'utf-8')
t(str, b'\xed\xa0\x80', 'utf-8', 'surrogatepass')
t(str, 'abc', 'utf-8')
t(str, 5, 'utf-8')
t(str, b'a', 5)
t(str, b'a', 'utf-8', 5)
t(str, b'a', 'nope')
t(str, b'a', 'utf-8', 'nope')
t(str, b'\xff', 'utf-8', 'nope')
t(str, b'a', 'utf-8', 'strict', 1)
t(str, x=1)
t(str, b'\xff\xfe', 'utf-16')
t(str, b'a\x00b\x00', 'utf-16-le')
t(str, b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32')
t(str, b'\xe4\xb8', 'utf-8')
t(str, b'\xf0\x9f\x98', 'utf-8')
t(str, b'\xc0\x80', 'utf-8')
t(str, b'\xf5', 'utf-8')
