# A nested ExceptionGroup with tracebacks inside each leaf.
def fail(exc):
    raise exc

def collect():
    errors = []
    for exc in (ValueError(1), KeyError("k")):
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner", errors)
    raise ExceptionGroup("outer", [inner, RuntimeError("direct")])

collect()
