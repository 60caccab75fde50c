# Equal numbers of different types have equal hashes; rationals via float.
pairs = [(0, 0.0, 0j), (1, 1.0, 1 + 0j), (-1, -1.0, -1 + 0j), (2**60, 2.0**60, complex(2**60, 0)), (-(2**62), -2.0**62, complex(-2.0**62, 0))]
for group in pairs:
    print([hash(x) for x in group], len({hash(x) for x in group}))
print(hash(0.5), hash(0.25), hash(-0.75), hash(1e-300), hash(2**-1074 * 1.0), hash(1 + 1j), hash(-1 - 1j), hash(1j))
print(hash(2**61 - 1), hash(2.0**61), hash(2.0**61 - 2**10), hash(float(2**100)), hash(2**100), hash(float(2**100)) == hash(2**100))
d = {1: 'int', 1.0: 'float', 1 + 0j: 'complex', True: 'bool'}
print(d, {0.0, 0, False, -0.0, 0j})
