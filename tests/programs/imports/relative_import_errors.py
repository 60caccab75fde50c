# Relative imports without a package, and __import__'s checks.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
try:
    from . import anything
except ImportError as error:
    print(type(error).__name__ + ":", error)
for args in [("x", {}, None, None, 1), ("x", {"__package__": ""}, None, None, 1),
             ("x", {"__package__": 3}, None, None, 1), ("", None, None, None, 0),
             ("x", None, None, None, -1), (3,), ("x", {"__package__": "a"}, None, None, 2)]:
    try:
        __import__(*args)
    except (ImportError, ValueError, TypeError, KeyError) as error:
        print(type(error).__name__ + ":", error)
print(__import__("sibling", {"__package__": "rel"}, None, ["VALUE"], 1).VALUE)
print(__import__("rel.inner", fromlist=None).__name__)
print(__import__("rel.inner", fromlist=["deep"]).__name__)
print(__import__("", {"__package__": "rel.inner"}, None, None, 2).__name__)
print(__import__("sibling", {"__package__": "rel.inner"}, None, None, 2).__name__)
