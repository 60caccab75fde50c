# struct_time and the conversions: gmtime, localtime and mktime under fixed
# time zones, asctime, ctime, strftime and their errors.
import os
import time


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for zone in ["UTC", "Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "EST+05EDT,M3.2.0,M11.1.0"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for stamp in [0, 1e9, 1234567890.75, 1700000000, 1720000000, -86400 * 365]:
        lt = time.localtime(stamp)
        print(" ", lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.ctime(stamp))
    print(" ", time.strftime("%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %j %U %w %p %c %x %X %%", time.localtime(1720000000)))

os.environ["TZ"] = "UTC"
time.tzset()
g = time.gmtime(1234567890)
print(g, g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[:3])
print(time.gmtime(0), time.gmtime(-1.5), time.gmtime(1.99))
print(time.gmtime(2**31), time.gmtime(-(2**31)))
print(time.asctime(g), time.asctime((2020, 1, 1, 0, 0, 0, 0, 0, 0)), time.asctime((2020, 12, 31, 23, 59, 61, 6, 366, 1)))
print(time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((2020, 0, 0, 0, 0, 0, -1, 0, 0)))
print(time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.mktime((2020, 14, 40, 25, 61, 61, 0, 0, 0)))
print(time.strftime("%Y", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("", g), time.strftime("%", g))
print(time.strftime("%Y %4Y %-m %e", g), time.strftime("%Y", (-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y", (10000, 1, 1, 0, 0, 0, 0, 1, 0)), repr(time.strftime("%Z", (2020, 1, 1, 0, 0, 0, 0, 1, 5))))
print(time.strftime("caf\u00e9 %d", g), time.strftime("x" * 2000)[:5], len(time.strftime("%c" * 300, g)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0), {"tm_zone": "ABC", "tm_gmtoff": 3600})
print(st, st.tm_zone, st.tm_gmtoff, time.strftime("%Z %z", st))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "XYZ", -7200))
print(st.tm_zone, st.tm_gmtoff, time.strftime("%Z %z", st), st.__reduce__())
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)), time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.struct_time.__match_args__)
print(time.localtime() >= time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0)), type(time.localtime()).__name__)
print(time.localtime(None).tm_year >= 2020, time.gmtime(None).tm_year >= 2020, len(time.ctime()), len(time.asctime()))

attempt(time.gmtime, 2**70)
attempt(time.gmtime, float("nan"))
attempt(time.gmtime, float("inf"))
attempt(time.gmtime, "x")
attempt(time.gmtime, 1.9e18)
attempt(time.localtime, 1.9e18)
attempt(time.gmtime, 1, 2)
attempt(time.ctime, "x")
attempt(time.mktime, (2020, 1, 1, 0, 0, 0, 0, 0))
attempt(time.mktime, "abc")
attempt(time.mktime, (2020, 1, 1, 0, 0, 0.5, 0, 0, 0))
attempt(time.mktime, (2**40, 1, 1, 0, 0, 0, 0, 0, 0))
attempt(time.mktime, (2**31 - 1, 1, 1, 0, 0, 0, 0, 0, 0))
attempt(time.asctime, (2020, 13, 1, 0, 0, 0, 0, 0, 0))
attempt(time.asctime, (2020, 1, 32, 0, 0, 0, 0, 0, 0))
attempt(time.asctime, (2020, 1, 1, 24, 0, 0, 0, 0, 0))
attempt(time.asctime, (2020, 1, 1, 0, 60, 0, 0, 0, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 62, 0, 0, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 0, -2, 0, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 0, 0, 367, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 0, 0, -5, 0))
attempt(time.asctime, [2020, 1, 1, 0, 0, 0, 0, 0, 0])
attempt(time.asctime, (1, 2), 3)
attempt(time.strftime)
attempt(time.strftime, 5)
attempt(time.strftime, "%Y", (1, 2))
attempt(time.strftime, "a\0b")
attempt(time.strftime, "%Y", (2020, 1, 1, 0, 0, 0, 0, 0, 0, "UTC", 0))
attempt(time.strftime, "%Y", (2020, 1, 1, 0, 0, 0, 0, 0, 0), 1)
attempt(time.struct_time, (1, 2))
attempt(time.struct_time, tuple(range(12)))
attempt(time.struct_time, 5)
