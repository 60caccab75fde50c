# set ('<') and frozenset ('>'): elements sorted by their own serialisation,
# so that the output does not depend on the iteration order.
import marshal


def show(value, version=4):
    print(type(value).__name__, len(value), version, marshal.dumps(value, version))


show(set())
show(frozenset())
show({1, 2, 3})
show(frozenset({3, 1, 2}))
show({'b', 'a', 'c', 'dd'})
show(frozenset({None, 2.5, (1,), b'z', 'a', -1, 3}))
for version in range(5):
    show({10, 'x', 1.5}, version)
    show(frozenset({'p', 'q'}), version)
