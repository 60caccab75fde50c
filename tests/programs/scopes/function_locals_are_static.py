# Whether a name is local is decided at compile time, not when the assignment runs.
x = "global"

def never_assigns_at_runtime():
    if False:
        x = "never"
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(never_assigns_at_runtime())

def deleted_later():
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
    del x
print(deleted_later())

def for_target():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    for x in range(1):
        pass
for_target()

def with_target():
    class CM:
        def __enter__(self):
            return "cm"
        def __exit__(self, *a):
            pass
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    with CM() as x:
        return x
print(with_target())
