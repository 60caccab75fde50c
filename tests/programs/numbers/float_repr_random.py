# repr, str, hex and formatting of pseudo-random doubles across all exponents.
state = 12345
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
for i in range(250):
    mantissa = rand() >> 12
    exponent = rand() % 2046 - 1022
    x = float.fromhex('0x1.%013xp%d' % (mantissa, exponent))
    if i % 3 == 0:
        x = -x
    r = repr(x)
    print(r, x.hex(), format(x, '.17g'), format(x, '.3e'), float(r) == x, float.fromhex(x.hex()) == x)
for i in range(40):
    x = float.fromhex('0x0.%013xp-1022' % (rand() >> 12))
    print(repr(x), x.hex(), format(x, 'g'))
