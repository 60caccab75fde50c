# threading and queue over _thread: workers consuming a queue, joins,
# a Condition, an Event, RLock re-entry and thread-local data.
import queue
import threading

results = []
results_lock = threading.Lock()
tasks = queue.Queue()

def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        with results_lock:
            results.append(item * item)
        tasks.task_done()

threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for i in range(100):
    tasks.put(i)
for _ in threads:
    tasks.put(None)
tasks.join()
for t in threads:
    t.join()
print(sorted(results) == [i * i for i in range(100)], [t.is_alive() for t in threads])

ready = threading.Event()
state = []
cond = threading.Condition()

def waiter():
    with cond:
        ready.set()
        cond.wait_for(lambda: state)
        state.append("woken")

t = threading.Thread(target=waiter)
t.start()
ready.wait()
with cond:
    state.append("set")
    cond.notify_all()
t.join()
print(state)

rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered", rlock._is_owned())

local = threading.local()
local.value = "main"
seen = []
def show():
    local.value = "thread"
    seen.append(local.value)
t = threading.Thread(target=show)
t.start()
t.join()
print(local.value, seen, threading.current_thread().name, threading.active_count())
