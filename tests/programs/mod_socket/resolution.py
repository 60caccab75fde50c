# Name resolution and address conversions that need no network.
import socket

print(socket.getaddrinfo("127.0.0.1", 80))
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", None, type=socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("::1", 8080, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo(b"127.0.0.1", b"53", proto=socket.IPPROTO_UDP))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname(""))
print(socket.gethostbyname_ex("127.0.0.1"))
print(type(socket.gethostname()))
print(socket.getservbyname("http", "tcp"), socket.getservbyport(80, "tcp"))
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_ntoa(bytearray(b"\xff\xff\xff\xff")))
print(socket.inet_pton(socket.AF_INET, "10.0.0.255"))
print(socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4"))
print(socket.inet_ntop(socket.AF_INET6, b"\x20\x01\x0d\xb8" + b"\x00" * 11 + b"\x01"))
print(socket.inet_ntop(socket.AF_INET, b"\x01\x02\x03\x04"))
print(socket.htons(1), socket.ntohs(0x0100), socket.htonl(1), socket.ntohl(0x01000000))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
with socket.socket() as s:
    print(s.gettimeout(), s.getblocking())
socket.setdefaulttimeout(None)
with socket.socket(type=socket.SOCK_STREAM | socket.SOCK_NONBLOCK) as s:
    print(s.gettimeout(), s.type)
print(socket.AF_INET, socket.SOCK_DGRAM, socket.has_ipv6, socket.SOMAXCONN > 0)
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.gaierror.__name__)
print(socket.socket.__mro__)
print(socket.SocketType, socket.socket.__base__)
print(type(socket.if_nameindex()))
class Sub(socket.socket):
    pass
with Sub(socket.AF_INET, socket.SOCK_DGRAM) as s:
    print(type(s).__name__, s.type, s.family)
    import weakref
    print(weakref.ref(s)() is s)
