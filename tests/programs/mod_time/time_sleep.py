# time.sleep: durations, argument conversion and errors.
import time

start = time.monotonic()
time.sleep(0)
time.sleep(0.0)
time.sleep(False)
time.sleep(0.05)
print(time.monotonic() - start >= 0.05)
start = time.perf_counter()
time.sleep(1e-9)
time.sleep(0.001)
print(time.perf_counter() - start >= 0.001)


class Seconds:
    def __index__(self):
        return 0


time.sleep(Seconds())
print("index accepted")
for bad in [-1, -0.001, "1", None, float("nan"), float("inf"), 2**70, 1e300, -1e300, [1]]:
    try:
        time.sleep(bad)
        print("slept", bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
