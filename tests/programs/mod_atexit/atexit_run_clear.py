# atexit._run_exitfuncs runs and empties the list; _clear empties it.
import atexit

atexit.register(print, "one")
atexit.register(print, "two")
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "cleared")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "at exit")
