# The stat module over _stat, and errno.
import errno
import stat
import _stat

print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
for mode in [0o100644, 0o40755, 0o120777, 0o20620, 0o60660, 0o10600, 0o140755, 0o104755, 0o102755,
             0o41777, 0o41776, 0o106644, 0o101000, 0o170777, 0, 0o7777]:
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO,
                                stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT) if f(mode)])
for name in sorted(n for n in dir(_stat) if n.isupper() and not callable(getattr(_stat, n))):
    print(name, getattr(_stat, name), getattr(stat, name))
for bad in [-1, "a", 2**40, 2**70, 1.5]:
    try:
        stat.S_ISDIR(bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: _stat.S_ISDIR(), lambda: _stat.S_ISDIR(mode=1), lambda: _stat.filemode(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(stat.S_ISDIR(True), _stat.S_IFMT(0o170000 | 0o777))
print(_stat.S_ISDIR.__doc__)

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
print([(n, getattr(errno, n)) for n in names])
print([errno.errorcode[k] for k in sorted(errno.errorcode)])
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(list(errno.errorcode.items())[:5])
print(errno.__name__, errno.__doc__.splitlines()[0])
