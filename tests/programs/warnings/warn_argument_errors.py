# warn()'s arguments, and the errors malformed filters or module state give.
import warnings

def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, lineno)
warnings.showwarning = show

def attempt(thunk):
    try:
        thunk()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: warnings.warn("m", int))
attempt(lambda: warnings.warn("m", 5))
attempt(lambda: warnings.warn("m", "UserWarning"))
attempt(lambda: warnings.warn())
attempt(lambda: warnings.warn("m", UserWarning, 1, None, 5))
attempt(lambda: warnings.warn("m", unknown=1))
attempt(lambda: warnings._filters_mutated(1))
attempt(lambda: warnings.warn(message="keywords", category=RuntimeWarning, stacklevel=1))

saved = warnings.filters[:]
for number, bad_filter in enumerate([
        ("always",), (5, None, Warning, None, 0), ("always", None, Warning, None, "0"),
        ("always", None, Warning, None, 2**70), ("always", None, 5, None, 0),
        ("always", "text", Warning, None, 0), [1, 2, 3, 4, 5], ("bogus", None, Warning, None, 0)]):
    warnings.filters[:] = [bad_filter]
    attempt(lambda: warnings.warn("filter %d" % number))
# An unknown action fails after recording the warning in the registry, so
# the same warning from the same line is not looked up again.
def warn_again():
    warnings.warn("again")
attempt(warn_again)
attempt(warn_again)
warnings.filters[:] = saved
attempt(lambda: warnings.warn(5))
attempt(lambda: warnings.warn("m"))

warnings.filters = "not a list"
attempt(lambda: warnings.warn("m"))
warnings.filters = []
warnings.defaultaction = 1
attempt(lambda: warnings.warn("m"))
warnings.defaultaction = "error"
attempt(lambda: warnings.warn("default action error"))
warnings.defaultaction = "once"
warnings.onceregistry = []
attempt(lambda: warnings.warn("m"))
warnings.onceregistry = {}
warnings.defaultaction = "ignore"
attempt(lambda: warnings.warn("ignored by the default action"))
