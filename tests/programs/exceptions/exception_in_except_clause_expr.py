# An error while evaluating an except clause's expression replaces the original.
def boom():
    raise RuntimeError("evaluating except clause")
try:
    try:
        raise ValueError("original")
    except boom():
        pass
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
