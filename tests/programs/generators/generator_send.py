# send() resumes the generator and makes the value the result of the yield expression.
def accumulator():
    total = 0
    while True:
        received = yield total
        print("received", received)
        if received is None:
            break
        total += received
    return total

g = accumulator()
print("primed:", g.send(None))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(fresh))
fresh.close()

def echo():
    value = None
    while True:
        value = yield f"echo {value!r}"

e = echo()
print(next(e), e.send("a"), e.send([1]), next(e))
e.close()
