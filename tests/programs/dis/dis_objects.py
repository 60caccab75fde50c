# What dis() accepts: classes, methods, modules-like objects, generators,
# source strings, raw bytes; and what it refuses.
import dis


class Point:
    def __init__(self, x, y):
        pass

    def norm(self):
        return self

    @classmethod
    def origin(cls):
        return cls

    @staticmethod
    def unit():
        return 1

    size = 3


def gen(a):
    yield a


dis.dis(Point)
print('--')
dis.dis(Point(1, 2).norm)
print('--')
dis.dis(gen(1))
print('--')
dis.dis("a = b")
print('--')
dis.dis("a, b = b, a", depth=0)
print('--')
dis.dis(compile("x = 1\ny = x\n", "<lines>", "exec"))
print('--')
dis.dis(gen.__code__.co_code)
print('--')
for bad in (1, 2.5, None.__class__, [1]):
    try:
        dis.dis(bad)
    except TypeError as error:
        print('TypeError:', error)
try:
    dis.distb()
except RuntimeError as error:
    print('RuntimeError:', error, error.__suppress_context__)
try:
    dis.dis()
except RuntimeError as error:
    print('RuntimeError:', error)


class Output:
    def __init__(self):
        self.text = []

    def write(self, text):
        self.text.append(text)


out = Output()
dis.dis("x = y", file=out)
print(repr(''.join(out.text)))
print(hasattr(dis, 'Bytecode'), callable(dis.Bytecode.from_traceback))
print(repr(dis.UNKNOWN))
