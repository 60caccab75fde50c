# Exactly the threshold: the 4th identical frame becomes "[Previous line repeated 1 more time]".
def countdown(n):
    if n == 0:
        raise RuntimeError("reached zero")
    return countdown(n - 1)

countdown(4)
