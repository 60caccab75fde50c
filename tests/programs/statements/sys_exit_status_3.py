# sys.exit(n) exits with status n; finally clauses run on the way out.
import sys

def main():
    try:
        print("exiting with 3")
        sys.exit(3)
    finally:
        print("finally runs during SystemExit")

try:
    main()
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
    raise
print("not reached")
