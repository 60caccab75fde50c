# ModuleNotFoundError and ImportError messages and attributes.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
for statement in ["import nothere", "import shapes.nothere", "import plain.sub",
                  "from shapes import nothere", "from plain import nothere",
                  "from sys import nothere", "import shapes.flat.square.deeper"]:
    try:
        exec(statement)
    except ImportError as error:
        text = str(error).replace(__file__.rpartition("/")[0], "DIR")
        path = error.path and error.path.rpartition("/_packages/")[2]
        print(type(error).__name__ + ":", text, "| name:", error.name, "| path:", path)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as error:
    print(type(error).__name__ + ":", error, error.name)
