# A tiny round-robin scheduler drives several coroutines that yield control via an awaitable.
class Yield:
    def __await__(self):
        yield

async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    return f"{name} done after {steps}"

def run_all(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[name] = e.value
        else:
            queue.append((name, coro))
    return results

log = []
results = run_all({"a": worker("a", 3, log), "b": worker("b", 1, log), "c": worker("c", 2, log)})
print(log)
print(results)
