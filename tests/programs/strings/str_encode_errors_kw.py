def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'a€b'
print(s.encode(errors='replace'), s.encode('ascii', errors='xmlcharrefreplace'), s.encode(encoding='latin-1', errors='backslashreplace'))
t(s.encode, errors='strict')
t(s.encode, 'ascii', errors='strict')
t(s.encode, codec='utf-8')
t(s.encode, 'utf-8', 'strict', 'x')
t(s.encode, None)
t(s.encode, 'utf-8', None)
t(s.encode, '')
t(s.encode, 'utf-8 ')
t(s.encode, 'UTF-8')
t(s.encode, 'Utf_8')
t(s.encode, 'latin_1')
t(s.encode, '-Latin--1-')
t(s.encode, 'utf.8')
t(s.encode, 'cp9999')
