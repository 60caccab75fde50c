# stacklevel picks the frame a warning is about: 1 the caller of warn, 2 its
# caller ...; past the outermost frame the warning is about "sys", line 1.
import sys
import _warnings

def inner(level, label):
    _warnings.warn("level " + label, stacklevel=level)

def middle(level, label):
    inner(level, label)

def outer(level, label):
    middle(level, label)

for level in (1, 2, 3, 4):
    outer(level, str(level))
outer(50, "50")
print(sys.__dict__["__warningregistry__"])
outer(0, "0")
outer(-3, "-3")
outer(True, "True")

class Index:
    def __index__(self):
        return 2
outer(Index(), "Index()")

for bad in ("2", 2.0, 2**70):
    try:
        outer(bad, "bad")
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

def by_generator():
    yield _warnings.warn("from a generator", stacklevel=2)
next(by_generator())
list(by_generator())
