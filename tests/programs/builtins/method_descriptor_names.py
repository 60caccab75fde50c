# __name__, __qualname__, __objclass__ and __self__ of the native callables,
# and the keyword errors of methods bound to an object versus called through
# the type; error messages name native types by their dotted name.
import sys
for x in [str.find, list.append, int.__add__, (1).__add__, dict.fromkeys, str.maketrans,
          object.__init__, len, print, [].append, {}.get, int.from_bytes, object.__new__,
          type.__call__, dict.__dict__['fromkeys'], (1).__sizeof__, bytes.maketrans]:
    print(type(x).__name__, x.__name__, x.__qualname__)
print(str.find.__objclass__, dict.__dict__['fromkeys'].__objclass__, str.maketrans.__self__,
      [].append.__self__, len.__self__ is sys.modules['builtins'])
f = 'a'.find
for call in [lambda: f(x=1), lambda: 'a'.find(x=1), lambda: str.find('a', x=1),
             lambda: [].append(x=1), lambda: len(obj=1), lambda: b'a'.count(x=1),
             lambda: iter([]).__next__(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for obj in [sys.flags, sys.version_info, sys.stdout, list[int] | None]:
    try:
        obj.no_such_attribute
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (int | str) + 1
except TypeError as e:
    print("TypeError:", e)
