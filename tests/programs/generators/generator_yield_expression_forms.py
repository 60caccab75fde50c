# yield is an expression: bare yield, yield in assignments, arguments and parenthesized.
def forms():
    x = yield
    print("x =", x)
    y = yield x
    print("y =", y)
    z = (yield "in parens") + 1
    print("z =", z)
    print("argument:", (yield "as argument"))
    lst = [(yield "in list"), (yield "again")]
    print("lst =", lst)
    yield 1, 2

g = forms()
print(repr(next(g)))
print(repr(g.send("first")))
print(repr(g.send("second")))
print(repr(g.send(41)))
print(repr(g.send("printed")))
print(repr(g.send("a")))
print(repr(g.send("b")))
g.close()
