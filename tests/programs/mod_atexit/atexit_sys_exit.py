# atexit functions run after sys.exit() too, before the exit status applies.
import atexit
import sys

atexit.register(print, "at exit")
print("exiting")
sys.exit(4)
