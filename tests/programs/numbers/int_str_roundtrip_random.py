# str()/int() and hex/oct/bin round trips of pseudo-random big ints.
state = 7
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
for i in range(60):
    v = 0
    for _ in range(rand() % 60 + 1):
        v = (v << 64) | rand()
    if i % 2:
        v = -v
    s = str(v)
    print(len(s), s[:20], s[-20:], int(s) == v, int(hex(v), 16) == v, int(oct(v), 0) == v, int(bin(v), 0) == v, hash(v), format(v, ',')[-15:])
for base in (3, 5, 7, 11, 36):
    v = 3 ** 500 + 12345
    digits = ''
    x = v
    while x:
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'[x % base] + digits
        x //= base
    print(base, int(digits, base) == v, int(digits.upper(), base) == v)
