# SystemExit(None) and SystemExit(0) exit with status 0; raise SystemExit works like sys.exit.
import sys
for code in (None, 0, 5, "text", (1, 2)):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), "-> code", repr(e.code), "args", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no argument -> code", repr(e.code))
print("exiting with status 0")
raise SystemExit
