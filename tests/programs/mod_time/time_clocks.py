# The clocks: types, units, monotonicity, clock_gettime/getres and
# get_clock_info.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    seconds = getattr(time, name)()
    nanoseconds = getattr(time, name + "_ns")()
    print(name, type(seconds).__name__, type(nanoseconds).__name__, abs(nanoseconds / 1e9 - seconds) < 5)
    info = time.get_clock_info(name)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution, type(info).__name__)
print(time.get_clock_info("time"))
a = time.monotonic()
b = time.monotonic()
c = time.monotonic_ns()
d = time.monotonic_ns()
print(a <= b, c <= d)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
for clock in ["CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID",
              "CLOCK_THREAD_CPUTIME_ID", "CLOCK_BOOTTIME", "CLOCK_TAI"]:
    ident = getattr(time, clock)
    print(clock, ident, type(time.clock_gettime(ident)).__name__, type(time.clock_gettime_ns(ident)).__name__,
          time.clock_getres(ident))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
for f, args in [(time.clock_gettime, (999,)), (time.clock_getres, (999,)), (time.clock_gettime, ("x",)),
                (time.get_clock_info, ("nope",)), (time.get_clock_info, (1,)), (time.time, (1,)),
                (time.monotonic_ns, (1,))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.time(a=1)
except TypeError as e:
    print("TypeError", e)
print(time._STRUCT_TM_ITEMS)
