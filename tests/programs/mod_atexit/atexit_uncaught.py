# atexit functions run after an uncaught exception's traceback.
import atexit

atexit.register(print, "at exit")
raise KeyError("uncaught")
