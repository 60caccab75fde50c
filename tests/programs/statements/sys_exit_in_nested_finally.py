# SystemExit raised deep in calls unwinds through every finally and with; status is its code.
import sys

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("__exit__ sees", t.__name__, v.code)

def inner():
    with CM():
        try:
            sys.exit(7)
        finally:
            print("inner finally")

def outer():
    try:
        inner()
    except Exception:
        print("not reached: SystemExit is not an Exception")
    finally:
        print("outer finally")

outer()
