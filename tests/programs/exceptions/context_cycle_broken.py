# Setting __context__ never creates a cycle: re-raising a previous exception breaks it.
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError as b:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
e1 = ValueError(1)
e2 = TypeError(2)
e1.__context__ = e2
e2.__context__ = e1
print(repr(e1.__context__), repr(e2.__context__))
try:
    e1.__context__ = "x"
except TypeError as t:
    print("TypeError:", t)
