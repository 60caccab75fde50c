# ExceptionGroup / BaseExceptionGroup constructor rules and messages.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(type(eg).__name__, eg.message, eg.exceptions, str(eg), repr(eg))
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
bad = [
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m"),
    lambda: BaseExceptionGroup("m", None),
]
for b in bad:
    try:
        b()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(str(ExceptionGroup("one", [ValueError()])))
print(ExceptionGroup("t", (ValueError("a"),)).exceptions)
