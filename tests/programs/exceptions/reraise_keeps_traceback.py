# A bare raise keeps the original traceback, and adds the re-raising frame's entry.
def source():
    raise ValueError("v")
def reraiser():
    try:
        source()
    except ValueError:
        raise
def lines(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    reraiser()
except ValueError as e:
    print(lines(e.__traceback__))
def raise_e():
    try:
        source()
    except ValueError as e:
        raise e
try:
    raise_e()
except ValueError as e:
    print(lines(e.__traceback__))
