# Caught exceptions carry __traceback__ with line numbers of the frames.
def inner():
    return 1 / 0

def outer():
    return inner()

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

e = ValueError("manual")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_lineno)

e2 = RuntimeError("with tb").with_traceback(None)
print(type(e2).__name__, e2.__traceback__)
import sys
try:
    raise KeyError("active")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print(repr(sys.exception()))
print(sys.exc_info())
