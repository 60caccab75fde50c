# atexit: last registered runs first, with its arguments; unregister; the
# output is flushed after the functions ran.
import atexit
import sys


def a():
    print("a")


def b(x, y=0):
    print("b", x, y)


print(atexit.register(a) is a)
atexit.register(b, 1, y=2)
atexit.register(a)
print(atexit._ncallbacks())
atexit.unregister(a)
print(atexit._ncallbacks())
atexit.register(a)
atexit.register(print, "registered", "print", sep="-")


@atexit.register
def decorated():
    print("decorated")
    atexit.register(print, "registered while running: dropped")


try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("no newline yet ")
