# Errors raised while matching class patterns.
class P:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

class BadArgs:
    __match_args__ = ["a"]
    a = 1

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

def too_many():
    match P():
        case P(x, y):
            return "matched"
    return "no match"

def bad_match_args():
    match BadArgs():
        case BadArgs(x):
            return x
    return "no match"

def not_a_class():
    notclass = 5
    match 5:
        case notclass():
            return "?"

def dup_keyword():
    match P():
        case P(x, a=2):
            return "?"

def builtin_two():
    match 5:
        case int(a, b):
            return "?"

attempt("too many", too_many)
attempt("bad __match_args__", bad_match_args)
attempt("not a class", not_a_class)
attempt("duplicate keyword", dup_keyword)
attempt("builtin with two", builtin_two)
