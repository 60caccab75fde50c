# An uncaught KeyboardInterrupt prints a traceback, then CPython kills itself with SIGINT (status -2).
print("raising KeyboardInterrupt")
raise KeyboardInterrupt("manual")
