# A TCP server and client on 127.0.0.1 in one process: threads, then select.
import select
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()
print(host, 0 < port < 65536)

notes = []

def serve():
    conn, peer = server.accept()
    with conn:
        notes.append(("server: peer host", peer[0], "timeout", conn.gettimeout()))
        data = b""
        while True:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
        conn.sendall(data.upper() * 3)

thread = threading.Thread(target=serve)
thread.start()
client = socket.create_connection(("127.0.0.1", port), timeout=10)
print(client.gettimeout(), client.getpeername() == ("127.0.0.1", port))
client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(client.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
client.sendall(b"payload " * 10000)
client.shutdown(socket.SHUT_WR)
received = bytearray()
while True:
    chunk = client.recv(65536)
    if not chunk:
        break
    received += chunk
thread.join()
print(*notes)
print(len(received), received[:16])
client.close()

# Non-blocking accept and connect with select().
server.setblocking(False)
try:
    server.accept()
except BlockingIOError:
    print("accept would block")
client = socket.socket()
client.setblocking(False)
err = client.connect_ex(("127.0.0.1", port))
print(err in (0, __import__("errno").EINPROGRESS))
readable, _, _ = select.select([server], [], [], 10)
conn, _ = server.accept()
_, writable, _ = select.select([], [client], [], 10)
print(len(readable), len(writable), client.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn.setblocking(True)
client.send(b"ping")
print(conn.recv(10))
conn.close()
client.close()
server.close()

# Connecting to a closed port is refused.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
try:
    socket.create_connection(("127.0.0.1", closed_port), timeout=5)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno == __import__("errno").ECONNREFUSED)
with socket.socket() as s:
    print(s.connect_ex(("127.0.0.1", closed_port)) == __import__("errno").ECONNREFUSED)
