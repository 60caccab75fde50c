# Order of try / except / else / finally blocks.
def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("x")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
