# an unparenthesized yield inside a list display
def f():
    x = [yield 1]
