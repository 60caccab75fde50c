# What except* does not handle is re-raised as a group of the remaining exceptions.
try:
    try:
        raise ExceptionGroup("all", [ValueError("v"), OSError("o"), KeyError("k")])
    except* ValueError as g:
        print("handled", repr(g))
except ExceptionGroup as rest:
    print("remaining:", repr(rest))
    print("message kept:", rest.message)

try:
    try:
        raise ExceptionGroup("g", [TypeError("t")])
    except* TypeError:
        raise RuntimeError("raised in handler")
except ExceptionGroup as e:
    print("new group:", repr(e))
    print("inner context:", repr(e.exceptions[0].__context__))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
