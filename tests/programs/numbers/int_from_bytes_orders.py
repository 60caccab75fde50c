# int.from_bytes with both byte orders.
for data in [b'', b'\x00', b'\x01', b'\xff', b'\x01\x00', b'\x00\x01', b'\x12\x34\x56', b'\xff' * 9, b'\x80' + b'\x00' * 15,
             bytes(range(20))]:
    print(data, int.from_bytes(data, 'big'), int.from_bytes(data, 'little'))
print(int.from_bytes(b'\x01\x02', byteorder='little'), int.from_bytes(bytes=b'\x01\x02', byteorder='big'))
for c in [lambda: int.from_bytes(b'\x01', 'mid'), lambda: int.from_bytes(b'\x01', 1), lambda: int.from_bytes(),
          lambda: int.from_bytes(b'\x01', 'big', True), lambda: int.from_bytes(b'\x01', 'big', 'little')]:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
