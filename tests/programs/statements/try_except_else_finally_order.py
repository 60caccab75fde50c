# The order of try / except / else / finally, with and without an exception.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
        log.append("try-end")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(run(False))
print(run(True))

def else_raises():
    try:
        pass
    except ZeroDivisionError:
        print("not reached: else is not protected by its own except")
    else:
        1 / 0
    finally:
        print("finally after else raised")

try:
    else_raises()
except ZeroDivisionError as e:
    print("propagated:", e)

def except_raises():
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
    finally:
        print("finally after except raised")

try:
    except_raises()
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))
