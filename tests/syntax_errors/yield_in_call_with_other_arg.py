# an unparenthesized yield among call arguments
def f():
    g(yield 1, 2)
