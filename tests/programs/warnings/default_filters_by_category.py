# Without the warnings module imported, _warnings applies a release build's
# default filters and writes each shown warning, with its source line, to stderr.
import sys
import _warnings

print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)
for category in (UserWarning, DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                 ResourceWarning, RuntimeWarning, SyntaxWarning, FutureWarning, BytesWarning,
                 UnicodeWarning, EncodingWarning, Warning):
    _warnings.warn("a " + category.__name__, category)
    sys.stderr.flush()
    print("warned:", category.__name__)

# DeprecationWarning is shown only for code whose module is __main__.
namespace = {"__name__": "library", "_warnings": _warnings}
exec("_warnings.warn('deprecated in library', DeprecationWarning)", namespace)
print("library registry:", namespace["__warningregistry__"])
exec("_warnings.warn('user warning in library')", namespace)
print("main registry keys:", sorted(key[0] for key in __warningregistry__ if key != "version"))
