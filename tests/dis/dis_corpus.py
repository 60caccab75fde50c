# Functions whose listings tests/dis/check_dis.py compares: `dis` under Krait
# against `krait --dump-bytecode` of this file. Compiled, never run, except
# raises_inside() (for distb). Covers every kind of argument: jumps of every
# form, calls, keywords, exceptions, with, generators, closures, classes.
import sys


def loops(items, limit):
    total = 0
    for item in items:
        if item > limit:
            break
        if item is None:
            continue
        total += item
    else:
        total = -1
    while total > 0 and limit:
        total -= 1
    return total


def conditions(a, b, c):
    x = a and b or c
    y = a if b is not None else c
    if not a or b in c:
        return x
    return y


def calls(f, *args, **kwargs):
    f()
    f(1, 2)
    f(1, key=2, other=3)
    f(*args)
    f(*args, **kwargs)
    sys.stdout.write("x")
    return print(len(args), sep="")


def exceptions(f):
    try:
        f()
    except (ValueError, TypeError) as error:
        return error
    except Exception:
        raise
    else:
        f(1)
    finally:
        f(2)
    try:
        raise RuntimeError("x") from None
    except* ValueError:
        pass
    assert f, "message"


def contexts(path, lock):
    with lock:
        pass
    with open(path) as one, open(path) as two:
        return one.read() + two.read()


async def asynchronous(source, lock):
    async with lock:
        await source
    async for item in source:
        yield item


def generators(items):
    yield from items
    yield [x * 2 for x in items if x]
    yield {x: y for x, y in items}
    yield {x for x in items}
    yield (x for x in items)


def closures(x):
    def reader():
        return x

    def writer(value):
        nonlocal x
        x = value
    return lambda *a, k=1, **kw: reader() + writer(a)


class Classes(dict, metaclass=type):
    attribute: int = 1

    def method(self):
        return super().keys()

    @property
    def prop(self):
        del self.attribute
        return __class__


def matching(value):
    match value:
        case [1, 2, *rest]:
            return rest
        case {"k": v, **others}:
            return v, others
        case Classes(attribute=3) | None:
            return 0
        case str() as s if s:
            return s
        case _:
            return value


def subscripts_and_strings(a, b):
    a[b] = a[1:2]
    del a[b]
    a.x, a.y = b, b
    del a.x
    global GLOBAL
    GLOBAL = f"{a!r:>{b}} {b}"
    del GLOBAL
    return a[b:], (*a, *b), [*a], {**a, 'k': b}, -a, ~b, +a, not b


def imports():
    import os.path
    from os import sep as separator, getcwd
    return os, separator, getcwd


def raises_inside(n):
    value = n + 1
    return value / 0
