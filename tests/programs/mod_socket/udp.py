# UDP datagrams on 127.0.0.1: sendto, recvfrom, recvfrom_into, connect.
import socket

receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(("127.0.0.1", 0))
address = receiver.getsockname()
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(sender.sendto(b"first", address))
print(sender.sendto(b"second", 0, address))
data, peer = receiver.recvfrom(100)
print(data, peer[0], peer == sender.getsockname())
buffer = bytearray(10)
count, peer = receiver.recvfrom_into(buffer)
print(count, buffer, peer[0])
sender.connect(address)
sender.send(b"third")
print(receiver.recv(2), receiver.type == socket.SOCK_DGRAM)
receiver.settimeout(0.05)
try:
    receiver.recvfrom(10)
except socket.timeout as e:
    print("timeout:", e)
receiver.close()
sender.close()

six = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
try:
    six.bind(("::1", 0))
except OSError:
    print("no ::1")
else:
    host, port, flowinfo, scope = six.getsockname()
    print(host, flowinfo, scope)
    other = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    other.sendto(b"six", ("::1", port))
    data, peer = six.recvfrom(10)
    print(data, peer[0], len(peer))
    other.close()
six.close()
