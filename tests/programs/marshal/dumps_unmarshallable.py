# Objects marshal cannot write, subclasses of the built-in types included,
# raise ValueError "unmarshallable object".
import marshal
import sys


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyFloat(float):
    pass


def f():
    pass


for value in [object(), MyInt(5), MyStr('s'), MyTuple((1,)), MyList([1]), MyDict(a=1), MyFloat(1.5),
              f, sys, range(3), slice(1, 2), type, NotImplemented, [1, object()], {'k': object()},
              memoryview(b'abcdef')[::2]]:
    try:
        marshal.dumps(value)
        print(type(value).__name__, 'dumped')
    except ValueError as e:
        print(type(value).__name__, type(e).__name__, e)
