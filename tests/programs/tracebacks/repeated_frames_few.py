# Fewer than 4 identical frames are all printed (no "repeated" line).
def countdown(n):
    if n == 0:
        raise RuntimeError("reached zero")
    return countdown(n - 1)

countdown(3)
