# An exception in a finally block while an exception propagates shows both.
def process():
    try:
        raise ValueError("in body")
    finally:
        print("cleaning up")
        [].pop()

process()
