# _thread directly: start_new_thread, lock acquire with timeouts, blocking
# flags and errors, get_ident, the count of threads.
import _thread
import time

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.05))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(e)
for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"blocking": False, "timeout": 1})]:
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print(e)

done = _thread.allocate_lock()
done.acquire()
box = []
def run(a, b):
    box.append((a + b, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
_thread.start_new_thread(run, (2, 3))
done.acquire()
print(box)
try:
    _thread.start_new_thread(run, [1])
except TypeError as e:
    print(e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
print(type(_thread.get_native_id()), _thread.TIMEOUT_MAX > 0)
