# float.fromhex() error cases.
for s in ['', ' ', '0x', '0xp1', '0x1p', '0x1p+', '0x1.8.8', 'g', '0x1q', '0x1p1.5', '1e5', '0x1_0', '--0x1',
          '0x1p1024', '0x2p1023', '0x1.fffffffffffff8p1023', '0x1p99999999999999999999', 'infx', 'nanx']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for v in [1, b'0x1p0', None]:
    try:
        print(float.fromhex(v))
    except TypeError as e:
        print(type(e).__name__, e)
