# simplefilter's actions, observed through catch_warnings(record=True).
import warnings

def emit(text, category=UserWarning):
    warnings.warn(text, category)

def run(action, calls):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for text, category in calls:
            emit(text, category)
    print(action, [(str(w.message), w.category.__name__) for w in log])

calls = [("a", UserWarning), ("a", UserWarning), ("b", UserWarning), ("a", RuntimeWarning),
         ("d", DeprecationWarning), ("p", PendingDeprecationWarning)]
for action in ("always", "default", "once", "module", "ignore"):
    run(action, calls)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        emit("turned into an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e.args)
    warnings.simplefilter("ignore", category=RuntimeWarning)
    emit("ignored", RuntimeWarning)
    try:
        emit("still an error")
    except UserWarning as e:
        print("raised:", type(e).__name__, e)

print(len(warnings.filters), warnings.filters[0])
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.filterwarnings("ignore", category=5)
except AssertionError as e:
    print("AssertionError:", e)
