# dir() reads __dict__ and __class__ as attributes (a slot shadowing __class__ hides the
# class's names; a module subclass with a non-dict __dict__ is refused); a class body's own
# __dict__ property is kept and vars() uses it; a traceback lists its four attributes;
# type() refuses names and docstrings that cannot be UTF-8 or contain NUL; input() carries on
# when sys.stdout cannot flush; TracebackType keeps tb_lasti as given.
import sys
import types
class NoClass:
    __slots__ = ["__class__", "__dict__"]
    def __init__(self):
        self.bar = "wow"
print(dir(NoClass()))
class Foo(types.ModuleType):
    __dict__ = 8
try:
    dir(Foo("foo"))
except TypeError as e:
    print("TypeError:", e)
class WithDictProperty:
    __dict__ = property(lambda self: {"a": 2})
print(vars(WithDictProperty()), type(WithDictProperty.__dict__["__dict__"]).__name__)
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__))
    tb = types.TracebackType(None, sys._getframe(), 1, 2)
    print(tb.tb_lasti, tb.tb_lineno)
for name, doc in [("A\x00B", None), ("A\udcdcB", None), ("A", "x\udcdcy")]:
    try:
        type(name, (), {"__doc__": doc})
    except (ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
C = type("C", (), {})
try:
    C.__name__ = "x\x00y"
except ValueError as e:
    print("ValueError", e)
class NoFlush:
    def write(self, text):
        pass
saved = sys.stdout
sys.stdout = NoFlush()
try:
    line = input("prompt")
except EOFError:
    line = "EOF"
sys.stdout = saved
print(line)
