# except* handles matching leaves and re-raises the rest.
def run(excs):
    try:
        raise ExceptionGroup("grp", excs)
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
    except* TypeError as eg:
        print("TypeError group:", repr(eg))
run([ValueError(1), TypeError(2), ValueError(3)])
try:
    run([ValueError(1), KeyError(2)])
except ExceptionGroup as e:
    print("escaped:", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked wrapped:", repr(eg))
except Exception:
    pass
try:
    try:
        raise KeyError("unmatched naked")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked propagates as is:", repr(e))
