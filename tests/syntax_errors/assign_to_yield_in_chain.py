# a chained assignment whose second target is a yield expression
def f():
    a = yield x = 1
