# 'from' after a parenthesized yield
def f():
    x = (yield) from
