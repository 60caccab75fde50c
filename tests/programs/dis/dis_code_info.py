# code_info / show_code / Bytecode.info and pretty_flags.
import dis


def simple(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    "docstring"
    x = a.attr
    global g
    g = x
    return (x, y, z)


def outer(p):
    q = p

    def middle():
        nonlocal q
        q = 1
        return p
    return middle


def generator(n):
    yield n
    yield -n


async def coroutine(n):
    return n


async def async_generator(n):
    yield n


print(dis.code_info(simple))
print('--')
# Leaves out the nested code object's line, which holds its address.
print('\n'.join(line for line in dis.code_info(outer).splitlines() if 'code object' not in line))
print('--')
dis.show_code(outer(1))
print('--')
print(dis.code_info(generator))
print('--')
print(dis.code_info(generator(1)))
print('--')
print(dis.code_info(coroutine))
print('--')
print(dis.code_info(async_generator))
print('--')
print(dis.code_info("a = b + 1"))
print('--')
print(dis.code_info("a"))
print('--')
print(dis.Bytecode(simple).info() == dis.code_info(simple))
print(sorted(dis.COMPILER_FLAG_NAMES.items()))
for flags in (0, 1, 3, 0x43, 0x1000, 0x20000 | 0x20, 0xFFFFFFFF, 1 << 40):
    print(hex(flags), dis.pretty_flags(flags))


class Holder:
    def method(self):
        return self
    @staticmethod
    def static():
        return 1


print(dis.code_info(Holder.method))
print(dis.code_info(Holder().method))
print(dis.code_info(Holder.static))
for bad in (1, None, [1]):
    try:
        dis.code_info(bad)
    except TypeError as error:
        print('TypeError:', error)
