# A program may replace warnings.showwarning or warnings.formatwarning;
# warnings from native code go through the same hooks.
import sys
import warnings

def show(message, category, filename, lineno, file=None, line=None):
    print("show:", type(message).__name__, message, category.__name__,
          filename.endswith("showwarning_replaced.py"), lineno, file, line)

warnings.showwarning = show
warnings.warn("through the replaced showwarning")
bool(NotImplemented)
warnings.warn("deprecated in main", DeprecationWarning)

warnings.showwarning = warnings._showwarning_orig
def format(message, category, filename, lineno, line=None):
    return "formatted: %s (%s) line %d, line text %r\n" % (message, category.__name__, lineno, line)
warnings.formatwarning = format
warnings.warn("through the replaced formatwarning")
sys.stderr.flush()

warnings.showwarning = "not callable"
try:
    warnings.warn("with a bad showwarning")
except TypeError as e:
    print("TypeError:", e)

warnings.showwarning = show
del warnings._showwarnmsg
warnings.warn("no _showwarnmsg: written by _warnings itself")
sys.stderr.flush()
warnings._showwarnmsg = 42
try:
    warnings.warn("non-callable _showwarnmsg")
except TypeError as e:
    print("TypeError:", e)
