# Ints that fit 32 bits are TYPE_INT ('i'), with FLAG_REF from version 3.
import marshal


def show(value, version=4):
    print(value, version, marshal.dumps(value, version))


for value in [0, 1, -1, 5, 255, 256, -5, -6, 1000, -1000, 65535, 65536, 2**31 - 1, -2**31]:
    show(value)
for version in range(5):
    show(123456, version)
