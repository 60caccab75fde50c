# an unparenthesized yield as an operand
def f():
    x = 1 + yield 2
