# The same warning from the same line is shown once: the module's
# __warningregistry__ remembers it, until _filters_mutated() bumps the version.
import _warnings

def warn_twice():
    for _ in range(2):
        _warnings.warn("repeated")

warn_twice()
warn_twice()
print(__warningregistry__)
_warnings.warn("repeated")  # another line: shown again
_warnings.warn(UserWarning("repeated"))
print(len(__warningregistry__))
_warnings._filters_mutated()
warn_twice()
print(__warningregistry__)

# A true value in the registry hides the warning, a false one does not.
__warningregistry__[("planted", UserWarning, 21)] = 0
_warnings.warn("planted")
__warningregistry__[("planted", UserWarning, 23)] = 1
_warnings.warn("planted")
print(__warningregistry__[("planted", UserWarning, 21)])

# A stale version empties the registry.
__warningregistry__["version"] = -1
print(sorted(map(str, __warningregistry__)))
warn_twice()
print(__warningregistry__)

# A registry that is not a dict is refused.
__warningregistry__ = 5
try:
    _warnings.warn("bad registry")
except TypeError as e:
    print("TypeError:", e)
del __warningregistry__
_warnings.warn("fresh registry")
print(type(__warningregistry__).__name__, len(__warningregistry__))
