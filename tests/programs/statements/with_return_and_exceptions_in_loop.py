# __exit__ runs on return, break, continue and exceptions from the with body.
class Track:
    def __init__(self, log, name):
        self.log = log
        self.name = name
    def __enter__(self):
        self.log.append("enter " + self.name)
    def __exit__(self, t, v, tb):
        self.log.append(f"exit {self.name} {t.__name__ if t else None}")

def f(log):
    for i in range(4):
        with Track(log, str(i)):
            if i == 0:
                continue
            if i == 1:
                try:
                    with Track(log, "nested"):
                        raise KeyError(i)
                except KeyError:
                    log.append("handled")
                continue
            if i == 2:
                return "returned at 2"
    return "end"

log = []
print(f(log))
for line in log:
    print(line)

def gen_with(log):
    with Track(log, "gen"):
        yield 1
        yield 2

log = []
for v in gen_with(log):
    log.append(f"value {v}")
print(log)
