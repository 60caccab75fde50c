# sys.exit raises SystemExit, which can be caught like any exception.
import sys
for arg in [(), (0,), (2,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), type(e).__name__)
print("still running")
sys.exit(0)
