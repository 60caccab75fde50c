# Raising inside an except* handler joins the re-raised group.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
    inner = e.exceptions[0]
    print(repr(inner), repr(inner.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        raise
except ExceptionGroup as e:
    print("bare raise:", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
