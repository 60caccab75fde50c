# BytesIO: reading, writing past the end, seek/tell/truncate, getbuffer
# export locking, pickling state and its error messages.
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.readline(), b.tell(), list(b))
print(b.read(), b.read1(), b.readable(), b.writable(), b.seekable())
b.seek(0, 2)
print(b.write(b"!!"), b.getvalue())
b.seek(20)
b.write(b"x")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 1), b.seek(-100, 1), b.seek(3, 0))
print(b.__getstate__())
buffer = bytearray(3)
print(b.readinto(buffer), buffer)
view = b.getbuffer()
print(bytes(view), len(view))
for action in (lambda: b.write(b"zz"), lambda: b.truncate(1), b.close):
    try:
        action()
    except BufferError as e:
        print("BufferError", e)
view.release()
print(b.write(b"zz"), b.getvalue())
b.seek(0)
print(b.readlines(), b.readlines())
b.seek(0)
print(b.readlines(2))

for call in (lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-1),
             lambda: b.write("text"), lambda: b.read("x"), lambda: io.BytesIO("text")):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

c = io.BytesIO()
c.__setstate__((b"abc", 1, {"note": 5}))
print(c.read(), c.note, c.__getstate__())
try:
    c.__setstate__((b"abc",))
except TypeError as e:
    print("TypeError", e)
c.close()
print(c.closed)
for method in ("read", "getvalue", "tell", "readable", "flush", "__getstate__"):
    try:
        getattr(c, method)()
    except ValueError as e:
        print(method, e)
try:
    c.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
with io.BytesIO(b"x") as d:
    print(d.read())
print(d.closed, isinstance(d, io.BufferedIOBase), isinstance(d, io.IOBase))
