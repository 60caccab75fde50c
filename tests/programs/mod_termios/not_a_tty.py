# No terminal in tests: every call on a pipe fails with termios.error.
import os, termios
print(termios.error.__mro__)
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.ECHO, termios.ICANON,
      termios.VMIN, termios.VTIME, termios.NCCS, termios.B9600, termios.TIOCGWINSZ)
r, w = os.pipe()
calls = [
    ("tcgetattr", (r,)),
    ("tcsetattr", (r, termios.TCSANOW, [0, 0, 0, 0, 0, 0, [b"a"] * termios.NCCS])),
    ("tcsendbreak", (w, 0)),
    ("tcdrain", (w,)),
    ("tcflush", (r, termios.TCIFLUSH)),
    ("tcflow", (w, termios.TCOON)),
    ("tcgetwinsize", (r,)),
    ("tcsetwinsize", (r, (24, 80))),
]
for name, args in calls:
    try:
        getattr(termios, name)(*args)
    except termios.error as e:
        print(name, type(e).__name__, e.args)
os.close(w)
for name, args in [("tcgetattr", (w,)), ("tcgetattr", ("x",)), ("tcsetattr", (r, 0, [1])),
                   ("tcsetattr", (r, 0, 1)), ("tcsetwinsize", (r, [1])),
                   ("tcsetwinsize", (r, 5)), ("tcgetattr", ()), ("tcflush", (r,))]:
    try:
        getattr(termios, name)(*args)
    except Exception as e:
        print(name, type(e).__name__, e)
with open(r, closefd=False) as f:
    try:
        termios.tcgetattr(f)
    except termios.error as e:
        print("file object:", e.args)
