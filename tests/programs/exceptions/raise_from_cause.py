# raise ... from sets __cause__ and __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("no context") from None
except TypeError as t:
    print(t.__cause__, repr(t.__context__), t.__suppress_context__)
try:
    raise RuntimeError("r") from ValueError
except RuntimeError as r:
    print(type(r.__cause__).__name__, r.__cause__.args)
try:
    raise RuntimeError("r") from 5
except TypeError as e:
    print("TypeError:", e)
e = Exception()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError(1)
print(e.__suppress_context__)
