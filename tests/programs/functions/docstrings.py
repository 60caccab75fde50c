# The first statement string literal is the docstring; other expressions are not.
def with_doc():
    """First line.

    More text.
    """
    return 1

def fstring_is_not_doc():
    f"not a docstring"

def number_first():
    1
    "not a docstring either"

def single_quoted():
    'single quoted doc'

class Documented:
    "Class docstring."
    def m(self):
        "Method docstring."

print(repr(with_doc.__doc__))
print(fstring_is_not_doc.__doc__, number_first.__doc__)
print(single_quoted.__doc__, Documented.__doc__, Documented.m.__doc__, Documented().m.__doc__)
print((lambda: "lambda body").__doc__)
print(__doc__)
