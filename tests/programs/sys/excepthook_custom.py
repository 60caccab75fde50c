# A custom sys.excepthook replaces the default traceback printing for uncaught exceptions.
import sys
def hook(exc_type, exc, tb):
    print("custom hook:", exc_type.__name__, exc, tb.tb_lineno, file=sys.stderr)
    print("hook called", file=sys.stdout)
sys.excepthook = hook
print(sys.__excepthook__ is not hook)
raise RuntimeError("handled by the hook")
