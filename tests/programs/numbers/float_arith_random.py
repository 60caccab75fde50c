# Float arithmetic on pseudo-random operands: + - * / // % divmod and round.
state = 987654321
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rfloat():
    m = rand() >> 12
    e = rand() % 80 - 40
    s = -1 if rand() % 2 else 1
    return s * float.fromhex('0x1.%013xp%d' % (m, e))
for i in range(150):
    a, b = rfloat(), rfloat()
    print(repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(a // b), repr(a % b), divmod(a, b) == (a // b, a % b))
for i in range(60):
    a = rfloat()
    n = rand() % 12 - 3
    print(repr(a), n, repr(round(a, n)), round(a) if abs(a) < 1e15 else '', format(a, '.%df' % (n % 8)))
