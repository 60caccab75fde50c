# The ValueError and TypeError messages of failed unpacking.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)

def too_many():
    a, b = [1, 2, 3]

def not_enough():
    a, b, c = [1, 2]

def not_enough_one():
    a, b = [1]

def starred_not_enough():
    a, b, *c, d = [1, 2]

def starred_needs_more():
    a, *b, c, d, e = range(3)

def not_iterable():
    a, b = 5

def none_unpack():
    a, *b = None

def string_too_long():
    a, b = "abc"

def iterator_too_many():
    a, b = iter(range(10))

attempt("too many", too_many)
attempt("not enough", not_enough)
attempt("not enough one", not_enough_one)
attempt("starred not enough", starred_not_enough)
attempt("starred needs more", starred_needs_more)
attempt("not iterable", not_iterable)
attempt("none", none_unpack)
attempt("string", string_too_long)
attempt("iterator", iterator_too_many)
