# Big-int arithmetic on pseudo-random signed operands of many sizes.
state = 42
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rint():
    bits = rand() % 300
    v = 0
    for _ in range(bits // 64 + 1):
        v = (v << 64) | rand()
    v >>= (64 - bits % 64)
    return -v if rand() % 2 else v
for i in range(120):
    a, b = rint(), rint() or 7
    q, r = divmod(a, b)
    print(a + b, a - b, a * b % 10**30, q, r, q * b + r == a, a & b, a | b, a ^ b, a >> (i % 70), (a << (i % 50)) % 10**20)
for i in range(40):
    a, e, m = rint(), rand() % 200, rint() or 3
    print(pow(a, e, m), pow(a, e, m) == (a ** e) % m, a.bit_length(), abs(a).bit_count(), -a // 3, -a % 3)
