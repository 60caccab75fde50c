# An uncaught exception at module level: traceback on stderr, status 1.
print("before the error")
raise ValueError("simple failure")
