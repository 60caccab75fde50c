# args: first "second arg" --flag=3
# sys.argv holds the script path (as given) and the arguments.
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
print(type(sys.argv).__name__, all(type(a) is str for a in sys.argv))
