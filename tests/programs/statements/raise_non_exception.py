# raise needs an exception class or instance.
def attempt(thing):
    try:
        raise thing
    except TypeError as e:
        print("TypeError:", e)
    except Exception as e:
        print("raised", type(e).__name__, repr(e))

attempt(ValueError)
attempt(ValueError("instance"))
attempt(42)
attempt("a string")
attempt(object)

try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

class NotAnException:
    pass

attempt(NotAnException())
attempt(NotAnException)
