# with_traceback replaces the traceback and returns the exception.
def fail():
    raise KeyError("k")
try:
    fail()
except KeyError as e:
    saved = e.__traceback__
r = RuntimeError("new")
print(r.with_traceback(saved) is r)
print(r.__traceback__ is saved, r.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    raise r
except RuntimeError as e2:
    names = []
    tb = e2.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
print(r.with_traceback(None).__traceback__)
try:
    r.with_traceback(5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.__traceback__ = "x"
except TypeError as e:
    print("TypeError:", e)
