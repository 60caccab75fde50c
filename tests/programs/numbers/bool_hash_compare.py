# bools hash and compare like 0 and 1.
print(hash(True), hash(False), True == 1, False == 0, True == 1.0, True > False, True < 2)
d = {1: 'one', 0: 'zero'}
d[True] = 'true'
print(d, {True: 'a', 1: 'b', 1.0: 'c'}, len({True, 1, 1.0, False, 0}))
print(sorted([True, False, 2, -1]), max(True, False), min([False, True]), True + True == 2)
