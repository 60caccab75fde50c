# loads(dumps(x)) == x for values of every type, in every version.
import marshal

values = [None, True, False, ..., StopIteration, 0, -1, 2**31, -2**63, 10**40, 1.5, -0.0,
          float('inf'), 2 - 3j, '', 'text', 'é☃\U0001f600', b'', b'\x00bytes',
          (), (1, (2, (3,))), [], [1, [2, [3]]], {}, {'a': [1, {'b': ()}]}, set(), {1, 2},
          frozenset(), frozenset({'x', 'y'}), tuple(range(300)), 'long' * 100]
for version in range(5):
    same = 0
    for value in values:
        back = marshal.loads(marshal.dumps(value, version))
        if back == value and type(back) is type(value):
            same += 1
        else:
            print('differs', version, repr(value)[:40], repr(back)[:40])
    print(version, same, len(values))
nan = marshal.loads(marshal.dumps(float('nan')))
print(nan != nan)
z = marshal.loads(marshal.dumps(complex(-0.0, float('nan'))))
print(repr(z.real), z.imag != z.imag)
