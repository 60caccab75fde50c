# bytes ('s'), and every bytes-like object written as bytes.
import marshal


def show(value, version=4):
    print(type(value).__name__, version, marshal.dumps(value, version)[:40])


class MyBytes(bytes):
    pass


for value in [b'', b'a', b'\x00\xff', b'spam' * 100, bytearray(b'xyz'), bytearray(),
              memoryview(b'view'), memoryview(b'abcdef')[1:4], MyBytes(b'sub')]:
    show(value)
for version in range(5):
    show(b'data', version)
