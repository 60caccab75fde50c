# StringIO: the newline modes (translation on write, line splitting),
# positions in characters, seek rules, state and error messages.
import io

for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\nd", newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO(newline=None)
s.write("x\r")
s.write("\ny\n")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline="\r\n")
print(s.write("x\ny\n"), repr(s.getvalue()))

s = io.StringIO("héllo wörld\nsecond\n")
print(s.read(2), s.tell(), s.readline(3), s.readline(), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(3), s.read())
s.seek(25)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
print(s.line_buffering, s.encoding, s.errors, s.readable(), s.writable(), s.seekable())
print(s.__getstate__())
t = io.StringIO()
t.__setstate__(("one\ntwo", "\n", 4, {"tag": 1}))
print(t.read(), t.tag, t.__getstate__())
print(list(io.StringIO("1\n2\n3")))

for call in (lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 5),
             lambda: s.truncate(-1), lambda: s.write(b"x"), lambda: io.StringIO(b"x"),
             lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=1)):
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
for method in ("read", "getvalue", "tell", "readable"):
    try:
        getattr(s, method)()
    except ValueError as e:
        print(method, e)
for method in ("detach", "fileno"):
    try:
        getattr(io.StringIO(), method)()
    except io.UnsupportedOperation as e:
        print(method, e)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
