# float() error messages.
for v in ['', ' ', 'abc', '1.2.3', '1e', '1e+', 'e5', '.', '-', '+', '1 2', '0x10', '1j', '1,5', '1__0', '_1', '1_', '1._5', '1_.5',
          '1e_5', '1_e5', '\x00', '1\x00', 'é', '\ud800', b'1.5', b'x', bytearray(b'2.5'), b' 1e3 ', None, [], 1j, '1' * 5 + 'x']:
    try:
        print(repr(v)[:40], repr(float(v)))
    except (ValueError, TypeError) as e:
        print(repr(v)[:40], type(e).__name__, e)
for call in [lambda: float(1, 2), lambda: float(x=1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(float(object()))
except TypeError as e:
    print(type(e).__name__, e)
