# sys.stdin/stdout/stderr are TextIOWrappers over buffered files over FileIO,
# with CPython's settings when not a terminal.
import io
import sys

for name in ("stdin", "stdout", "stderr"):
    stream = getattr(sys, name)
    buffer = stream.buffer
    print(name, type(stream).__name__, type(buffer).__name__, type(buffer.raw).__name__,
          buffer.raw.closefd, stream.errors, stream.line_buffering, stream.write_through,
          stream is getattr(sys, "__%s__" % name), isinstance(stream, io.TextIOBase))
print(repr(sys.stdout), repr(sys.stdout.buffer), repr(sys.stdout.buffer.raw))
print(sys.stdout.write("written\n"))
sys.stdout.flush()
counts = [sys.stdout.buffer.write(b"bytes\n")]
sys.stdout.buffer.flush()
counts.append(sys.stdout.buffer.raw.write(b"raw\n"))
print(counts)
print(sys.stdin.read(), sys.stdin.readable(), sys.stdout.writable())
