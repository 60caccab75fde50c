# Without arguments, sys.argv has just the script path.
import sys
print(sys.argv)
print(sys.argv[0].endswith("argv_no_args.py"))
