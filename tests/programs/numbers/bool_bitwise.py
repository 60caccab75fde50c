# & | ^ on two bools give a bool; with ints they give ints.
for a in [True, False]:
    for b in [True, False]:
        r = [a & b, a | b, a ^ b]
        print(a, b, r, [type(x).__name__ for x in r])
for a, b in [(True, 1), (1, True), (False, 2), (True, 3), (True, -1)]:
    r = [a & b, a | b, a ^ b]
    print(a, b, r, [type(x).__name__ for x in r])
print(True.__and__(True), True.__or__(0), True.__xor__(1), False.__rand__(True), True.__ror__(False), bool.__xor__(True, True))
print(True.__and__(1.0), True >> 0, type(True >> 0).__name__, type(True << 0).__name__)
x = True
x &= False
print(x, type(x).__name__)
x |= 1
print(x, type(x).__name__)
