# sendmsg / recvmsg / recvmsg_into, passing a descriptor with SCM_RIGHTS.
import os
import socket

a, b = socket.socketpair()
print(a.sendmsg([b"ab", bytearray(b"cd"), memoryview(b"ef")]))
print(b.recvmsg(10))
r, w = os.pipe()
print(socket.send_fds(a, [b"fd"], [r]))
data, fds, flags, address = socket.recv_fds(b, 10, 1)
print(data, len(fds), flags, address)
os.write(w, b"through the passed descriptor")
print(os.read(fds[0], 100))
for fd in (r, w, fds[0]):
    os.close(fd)
a.sendmsg([b"xyz"])
first, second = bytearray(2), bytearray(5)
print(b.recvmsg_into([first, second]), first, second)
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4))
for label, call in [("items", lambda: a.sendmsg(1)),
                    ("item", lambda: a.sendmsg([1])),
                    ("ancdata", lambda: a.sendmsg([b"x"], [1])),
                    ("ancdata item", lambda: a.sendmsg([b"x"], [(1, 2)])),
                    ("bufsize", lambda: b.recvmsg(-1)),
                    ("ancbufsize", lambda: b.recvmsg(10, -1)),
                    ("into", lambda: b.recvmsg_into(1)),
                    ("CMSG_LEN", lambda: socket.CMSG_LEN(-1))]:
    try:
        call()
    except Exception as e:
        print(label, type(e).__name__, e)
a.close()
b.close()
