# int() of bytes and bytearray text.
for args in [(b'12',), (b' -12 ',), (b'0x1f', 16), (b'0x1f', 0), (bytearray(b'101'), 2), (b'1_000',), (b'\xff',),
             (b'12\x00',), (b'',), (b'z', 36), (memoryview(b'12'),), (b'1\xa0',)]:
    try:
        print(args[1:], int(*args))
    except Exception as e:
        print(type(e).__name__, e)
