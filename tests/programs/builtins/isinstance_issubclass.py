# isinstance/issubclass with classes, tuples, nested tuples and unions.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, (int, (str, B))))
print(isinstance(1, (str, float)), isinstance(True, int), isinstance(1, bool))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, (str, int)))
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None))
print(issubclass(int, int | str), isinstance([], ()), issubclass(int, ()))
print(isinstance(A, type), isinstance(type, type), issubclass(type, object))
print(isinstance(1.0, (int, float)), isinstance(1j, complex), isinstance(b"", bytes))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 1)
except TypeError as e:
    print("TypeError:", e)
