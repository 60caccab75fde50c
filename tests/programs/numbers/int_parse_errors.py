# int() error messages for bad text, bad bases and bad types.
for args in [('abc',), ('12.5',), ('1e5',), ('',), ('   ',), ('12', 1), ('12', 37), ('12', -1), ('12', 2**70),
             ('12', 2.0), ('9', 8), ('z', 35), ('Z', 36), ('x' * 300,), ('1' * 10 + 'a',), ('1\x00',), ('\ud800',),
             ('ä',), ('12', '10'), (12, 10), (12.5, 10), (None,), ([],), (b'12', 10), (bytearray(b'7'), 8), ('0', 0),
             ('inf',), ('nan',), ('1j',), ('١x',)]:
    try:
        print(args, int(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(int('5', base=10), int(x='5'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int(base=10))
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int('5', base=10))
