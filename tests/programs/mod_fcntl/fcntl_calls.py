# fcntl on the standard descriptors: results, buffers and argument errors.
import fcntl
r = 0
print(fcntl.fcntl(1, fcntl.F_GETFD) in (0, 1), type(fcntl.fcntl(r, fcntl.F_GETFL)))
for a in [(-1, 1), ('x', 1), (r, 'x'), (r, fcntl.F_GETFD, b'x' * 2000), (99, fcntl.F_GETFD), (r, 1, 1.5)]:
    try: print(fcntl.fcntl(*a))
    except Exception as e: print(type(e).__name__, e)
print(fcntl.fcntl(r, fcntl.F_GETFD, b'abcd'), fcntl.fcntl(r, fcntl.F_GETFD, 'x'))
class F:
    def fileno(self): return r
print(fcntl.fcntl(F(), fcntl.F_GETFD) in (0, 1))
for a in [(99, fcntl.LOCK_SH), (r, 'x')]:
    try: print(fcntl.flock(*a))
    except Exception as e: print(type(e).__name__, e)
try: fcntl.lockf(99, fcntl.LOCK_EX)
except Exception as e: print(type(e).__name__, e)
try: fcntl.ioctl(99, 0x5401)
except Exception as e: print(type(e).__name__, e)
print(sorted(n for n in dir(fcntl) if n.isupper()) == sorted(n for n in dir(fcntl) if n.isupper()), fcntl.LOCK_EX, fcntl.F_SETLKW, fcntl.DN_MULTISHOT)
