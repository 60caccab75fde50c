# A warning the filters turn into an error propagates as an exception with
# its traceback; uncaught, it ends the program with status 1.
import warnings

warnings.simplefilter("error")

def check(value):
    if value < 0:
        warnings.warn("negative values are deprecated", DeprecationWarning)
    return abs(value)

def compute(values):
    return [check(v) for v in values]

print(compute([1, 2]))
try:
    compute([1, -2])
except DeprecationWarning as e:
    print("caught:", repr(e))
    tb = e.__traceback__
    while tb is not None:
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
compute([-3])
print("not reached")
