def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


raw = bytes(range(256))
s = raw.decode('utf-8', 'surrogateescape')
print(len(s), ascii(s[120:140]))
print(s.encode('utf-8', 'surrogateescape') == raw)
s2 = raw.decode('ascii', 'surrogateescape')
print(ascii(s2[126:130]), s2.encode('ascii', 'surrogateescape') == raw)
t(s.encode, 'utf-8')
t(s2.encode, 'latin-1')
print(s2.encode('latin-1', 'surrogateescape') == raw)
t('\udc7f'.encode, 'latin-1', 'surrogateescape')
