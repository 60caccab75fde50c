# int.from_bytes accepts any bytes-like object or iterable of ints in range(256).
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255, 0), 'little'), int.from_bytes(bytearray(b'\x01\x00'), 'big'))
print(int.from_bytes(memoryview(b'\x02\x01'), 'little'), int.from_bytes(iter([1, 0]), 'big'), int.from_bytes(range(3), 'big'))
class Sub(int):
    pass
r = Sub.from_bytes(b'\x01', 'big')
print(type(r).__name__, r)
r = bool.from_bytes(b'\x01', 'big')
print(type(r).__name__, r)
for data in [[256], [-1], ['a'], [1.0], 5, 'ab', None]:
    try:
        print(int.from_bytes(data, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
