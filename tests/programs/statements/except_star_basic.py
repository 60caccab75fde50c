# except* splits an ExceptionGroup: each clause handles the matching part.
def run(eg):
    try:
        raise eg
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* TypeError as g:
        print("TypeError part:", repr(g))
    except* KeyError as g:
        print("KeyError part:", [repr(e) for e in g.exceptions])

run(ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)]))
run(ExceptionGroup("only keys", [KeyError("a"), KeyError("b")]))
run(ExceptionGroup("nested", [ValueError("top"), ExceptionGroup("inner", [TypeError("deep")])]))

try:
    raise ValueError("plain")
except* ValueError as g:
    print("a plain exception is wrapped:", repr(g), type(g).__name__)
