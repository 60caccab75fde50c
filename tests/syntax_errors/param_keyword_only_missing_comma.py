# two keyword-only parameters without a comma
def f(*, a b):
    pass
