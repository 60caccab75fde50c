# An uncaught SystemExit() ends the program with status 0 and no traceback.
print("before")
raise SystemExit
print("never")
