# Tuples: ')' with a one-byte size under 256 items in version 4, '(' otherwise.
import marshal


def show(value, version=4):
    print(len(value), version, marshal.dumps(value, version)[:48])


show(())
show((1,))
show((1, 2, 3))
show((None, True, 'x', 1.5))
show(((1, 2), (3, (4,))))
t255 = tuple(range(255))
t256 = tuple(range(256))
show(t255)
show(t256)
for version in range(5):
    show((1, 'a'), version)
