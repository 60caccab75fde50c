# complex: 16 binary bytes ('y') from version 2, two texts ('x') before.
import marshal


def show(value, version):
    print(repr(value), version, marshal.dumps(value, version))


values = [0j, 1j, 1 + 2j, -1.5 - 0.25j, complex(1e300, -1e-300), complex(float('inf'), float('nan')),
          complex(-0.0, 0.0)]
for version in range(5):
    for value in values:
        show(value, version)
