# A module whose body raises is not left in sys.modules; importing it again
# runs it again. A syntax error in a module is raised by the import.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
for attempt in range(2):
    try:
        import failing.raises
    except ValueError as error:
        print("ValueError:", error, "failing.raises" in sys.modules)
print(hasattr(sys.modules["failing"], "raises"))
try:
    import failing.syntax_bad
except SyntaxError as error:
    print(type(error).__name__, error.msg, error.lineno, error.filename.rpartition("/_packages/")[2])
import failing.replaces_itself
print(failing.replaces_itself, sys.modules["failing.replaces_itself"].answer)
from failing import replaces_itself
print(replaces_itself.answer)
