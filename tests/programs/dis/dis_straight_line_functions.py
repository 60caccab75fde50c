# dis of functions whose instructions are the same in Krait and CPython:
# no calls, no jumps, no instruction that has inline caches in CPython.
import dis


def constants():
    return (1, 'two', 3.0, None, True, b'x', (1, 2), -5, 2j)


def locals_and_unary(a, b):
    c = -a
    d = not b
    e = ~c
    return +e, d


def identity_and_membership(a, b):
    return a is b, a is not b, a in b, a not in b


def formatting(a, b):
    return f"{a}{b!r}{a!s:>4}{b!a}{a:{b}}"


def builders(a, b, *args, key=None, **kwargs):
    return [a, b], (a, b), {a, b}, {a: b, b: a}, {'k': a, 'l': b}


def closure_maker(x):
    y = x

    def inner():
        return x, y
    return inner


dis.dis(constants)
print('--')
dis.dis(locals_and_unary)
print('--')
dis.dis(identity_and_membership)
print('--')
dis.dis(formatting)
print('--')
dis.dis(builders)
print('--')
dis.dis(closure_maker(1))
print('--')
dis.dis(lambda: 42)
print('--')
dis.disassemble(identity_and_membership.__code__)
print('--')
dis.disco(constants.__code__)
