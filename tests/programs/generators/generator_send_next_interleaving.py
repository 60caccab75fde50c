# Mixing next() and send() on one generator: next() sends None.
def recorder():
    log = []
    while True:
        value = yield len(log)
        log.append(value)
        if value == "stop":
            return log

r = recorder()
print(next(r))
print(r.send("a"))
print(next(r))
print(r.send(3))
try:
    r.send("stop")
except StopIteration as e:
    print("log:", e.value)
