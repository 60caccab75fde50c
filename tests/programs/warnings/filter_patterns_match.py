# A filter's message and module parts are matched by calling their match()
# (re.Pattern objects when set by filterwarnings; any object with match()
# works); None matches everything, a plain str must be equal; a line number
# limits the filter to one line.
import warnings

class Prefix:
    def __init__(self, prefix):
        self.prefix = prefix
        self.calls = []
    def match(self, text):
        self.calls.append(text)
        return text.startswith(self.prefix)

def emit(text):
    warnings.warn(text)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    message_part = Prefix("skip")
    warnings.filters.insert(0, ("ignore", message_part, Warning, None, 0))
    for text in ("skip this", "keep this", "skipped too"):
        emit(text)
    print([str(w.message) for w in log], message_part.calls)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    module_part = Prefix("__ma")
    warnings.filters.insert(0, ("ignore", None, Warning, module_part, 0))
    emit("from main")
    print(len(log), module_part.calls)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filters.insert(0, ("ignore", None, Warning, "__main__", 0))
    warnings.filters.insert(0, ("always", None, Warning, "__main_", 0))
    emit("exact module names")
    print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filters.insert(0, ("ignore", None, Warning, None, 16))
    emit("at line 16 of emit: ignored")
    warnings.warn("outside emit: recorded")
    print([(str(w.message), w.lineno) for w in log])

class Truthy:
    def match(self, text):
        return 1
class Raising:
    def match(self, text):
        raise LookupError("match failed for " + text)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filters.insert(0, ("ignore", Truthy(), Warning, None, 0))
    emit("truthy match")
    warnings.filters.insert(0, ("ignore", Raising(), Warning, None, 0))
    try:
        emit("raising match")
    except LookupError as e:
        print("LookupError:", e)
    warnings.filters[0] = ("ignore", 5, Warning, None, 0)
    try:
        emit("no match method")
    except AttributeError as e:
        print("AttributeError:", e)
    print(len(log))
