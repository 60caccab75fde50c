# socketpair(): bytes both ways, recv_into, shutdown, makefile, attributes.
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto)
print(repr(a.family), repr(a.type))
print(a.getsockname(), b.getpeername())
a.sendall(b"hello ")
a.send(b"world")
data = b""
while len(data) < 11:
    data += b.recv(100)
print(data)
buffer = bytearray(5)
b.sendall(b"12345678")
print(a.recv_into(buffer), buffer)
print(a.recv_into(memoryview(buffer)[1:3]), buffer)
print(a.recv(10))
print(a.gettimeout(), a.getblocking())
a.settimeout(2.5)
print(a.gettimeout(), a.getblocking())
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == __import__("errno").EAGAIN)
a.settimeout(0.05)
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, e.args, isinstance(e, socket.timeout))
a.setblocking(True)
b.shutdown(socket.SHUT_WR)
print(a.recv(10))
with a.makefile("rwb") as fa, b.makefile("rb") as fb:
    fa.write(b"line one\nline two\n")
    fa.flush()
    a.shutdown(socket.SHUT_WR)
    print(fb.readline(), fb.read())
fd = b.fileno()
c = socket.socket(fileno=socket.dup(fd))
print(c.family == socket.AF_UNIX, c.type == socket.SOCK_STREAM)
c.close()
detached = b.detach()
print(b.fileno(), detached == fd)
socket.close(detached)
a.close()
print(a.fileno(), "[closed]" in repr(a))
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b"one")
x.send(b"two")
print(y.recv(100), y.recv(100))
x.close(); y.close()
with socket.socket(socket.AF_UNIX) as u:
    u.bind(b"\0krait-test-abstract-socket-name")
    print(u.getsockname())
    u.listen()
    print(u.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
