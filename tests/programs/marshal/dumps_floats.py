# Floats: 8 binary bytes ('g') from version 2, text (repr with 17
# significant digits, 'f') before.
import marshal


def show(value, version):
    print(repr(value), version, marshal.dumps(value, version))


values = [0.0, -0.0, 1.5, 0.1, -2.75, 1e300, 1e-300, 5e-324, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 123456789.125, 1e16, 1e22, 2.5e-5]
for version in range(5):
    for value in values:
        show(value, version)
