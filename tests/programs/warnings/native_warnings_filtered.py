# Warnings raised by the runtime itself (here NotImplemented in a boolean
# context and int() delegating to __trunc__) obey the program's filters.
import warnings

class Truncated:
    def __trunc__(self):
        return 7

def native_warnings():
    bool(NotImplemented)
    return int(Truncated())

for action in ("ignore", "always", "error"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        try:
            print(action, native_warnings())
        except DeprecationWarning as e:
            print(action, "raised:", e)
        print([(str(w.message), w.lineno) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("error", category=DeprecationWarning, lineno=11)
    warnings.simplefilter("always", append=True)
    try:
        native_warnings()
    except DeprecationWarning as e:
        print("line 11 raised:", e)
    print([(str(w.message), w.lineno) for w in log])
