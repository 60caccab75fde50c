# An ExceptionGroup raised while handling another exception.
try:
    raise KeyError("first")
except KeyError:
    raise ExceptionGroup("during handling", [ValueError("v")])
