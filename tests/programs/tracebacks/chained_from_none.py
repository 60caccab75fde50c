# raise ... from None hides the context in the traceback.
try:
    int("x")
except ValueError:
    raise RuntimeError("clean error") from None
