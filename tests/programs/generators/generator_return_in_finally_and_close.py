# return inside a generator's try/finally, and close() interacting with return.
def gen():
    try:
        yield 1
        return "normal"
    finally:
        print("finally runs")

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def early_return(n):
    for i in range(n):
        if i == 2:
            return f"returned at {i}"
        yield i
print(list(early_return(10)))

def finally_yields_value():
    try:
        yield "body"
    finally:
        print("cleanup, no yield here")

f = finally_yields_value()
print(next(f))
f.close()
print("closed")
