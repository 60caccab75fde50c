r = range(0, 10**18, 3)
print(3 * 10**17 in r, 3 * 10**17 + 1 in r, -3 in r, 10**18 in r, 10**18 - 1 in r)
r = range(10**18, 0, -7)
print(10**18 in r, 10**18 - 7 in r, 0 in r, 10**18 - 14 in r, 1 in r, 10**18 + 7 in r)
print(True in range(2), False in range(1, 3), True in range(2, 5))
print(1.0 in range(3), 1.5 in range(3), 2 + 0j in range(3))
class Eq:
    def __eq__(self, o): return o == 2
print(Eq() in range(5), Eq() in range(3, 10))
class Sub(int):
    pass
print(Sub(4) in range(5), Sub(5) in range(5))
print(range(10).__contains__(5), range(10).__contains__('x'))
print(2**200 in range(2**201), 2**200 + 1 in range(0, 2**201, 2))
print([x for x in range(20) if x in range(5, 15, 4)])
print(range(5).count(2), range(5).count(2.0), range(5).count(Eq()), range(0, 10, 2).count(True))
print(range(10).index(Eq()))
