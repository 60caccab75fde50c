# NameError messages for undefined globals, builtins and names in nested scopes.
def attempt(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e, "| name =", e.name)

attempt(lambda: undefined_name)
attempt(lambda: undefined_call())

def inner_scope():
    def g():
        return missing_in_closure
    return g()
attempt(inner_scope)

class C:
    try:
        print(undefined_in_class)
    except NameError as e:
        print("class body:", e)

try:
    del not_there
except NameError as e:
    print("del:", e)
