# Complex arithmetic on pseudo-random operands.
state = 2024
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rfloat():
    m = rand() >> 12
    e = rand() % 40 - 20
    s = -1 if rand() % 2 else 1
    return s * float.fromhex('0x1.%013xp%d' % (m, e))
for i in range(100):
    a, b = complex(rfloat(), rfloat()), complex(rfloat(), rfloat())
    print(repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(abs(a)), repr(a ** 2), repr(a.conjugate()))
for i in range(20):
    a = complex(rfloat(), rfloat())
    print(format(a, '.3e'), format(a, '^40.5g'), format(a, ''), repr(complex(repr(a)) == a), hash(a))
