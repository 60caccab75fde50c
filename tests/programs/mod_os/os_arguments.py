# Path, descriptor and dir_fd arguments: what each function accepts and the
# exact errors for what it does not.
import os
import warnings


class PathLike:
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value


class BadPathLike:
    def __fspath__(self):
        return 42


def attempt(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print("ok", type(result).__name__)
    except Exception as e:
        print(type(e).__name__, e)


print(os.fspath("s"), os.fspath(b"b"), os.fspath(PathLike("p")), os.fspath(PathLike(b"pb")))
for value in [1, None, 1.5, [], BadPathLike(), PathLike(3)]:
    attempt(os.fspath, value)
attempt(os.fspath)
attempt(os.fspath, path="kw")

for value in ["/", b"/", PathLike("/"), PathLike(b"/"), 0, True]:
    attempt(os.stat, value)
for value in [None, 1.5, [1], BadPathLike(), PathLike(None), "a\0b", b"a\0b", 2**40, -(2**40), 2**70]:
    attempt(os.stat, value)
attempt(os.stat, -1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    attempt(os.stat, bytearray(b"/"))
    attempt(os.listdir, memoryview(b"/"))
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
for value in [1, None, 1.5]:
    attempt(os.unlink, value)
    attempt(os.lstat, value)
    attempt(os.mkdir, value)
attempt(os.listdir, 1.5)
attempt(os.listdir, [])
attempt(os.scandir, 1.5)
attempt(os.rename, 1, "x")
attempt(os.rename, "/nonexistent_krait", 1)
attempt(os.link, "x", None)
attempt(os.symlink, None, "x")
attempt(os.readlink, 3)
attempt(os.chdir, None)
attempt(os.chmod, None, 0)
attempt(os.access, 1, os.F_OK)
attempt(os.access, "/", "r")
attempt(os.stat, "/", dir_fd="a")
attempt(os.stat, "/", dir_fd=1.5)
attempt(os.stat, 0, dir_fd=3)
attempt(os.stat, 1, follow_symlinks=False)
attempt(os.stat, "/", dir_fd=2**40)
attempt(os.stat, "/", 3)
attempt(os.stat, path="/")
attempt(os.stat, "/", spam=1)
attempt(os.mkdir, "/tmp", 2**40)
attempt(os.mkdir, "/tmp", "x")
attempt(os.mkdir, "/tmp", mode=0o777, dir_fd=None)
attempt(os.chmod, "/nonexistent_krait", 0o7777777777)
attempt(os.chmod, "/nonexistent_krait", 2**33)
attempt(os.utime, "/nonexistent_krait")
attempt(os.utime, "/", (1,))
attempt(os.utime, "/", [1, 2])
attempt(os.utime, "/", ns=(1, 2), times=(1, 2))
attempt(os.utime, "/", ns=[1, 2])
attempt(os.utime, "/", ns=(1.5, 2))
attempt(os.utime, "/", times=("a", 2))
attempt(os.utime, "/", times=(float("nan"), 2))
attempt(os.chown, "/nonexistent_krait", "a", 0)
attempt(os.chown, "/nonexistent_krait", 0, 1.5)
attempt(os.chown, "/nonexistent_krait", 2**40, 0)
attempt(os.chown, "/nonexistent_krait", -2, 0)
attempt(os.chown, "/nonexistent_krait", -1, -1)
attempt(os.truncate, "/nonexistent_krait", 0)
attempt(os.truncate, "/tmp", "x")
attempt(os.listdir, "/nonexistent_krait")
attempt(os.listdir, None)
attempt(os.scandir, None)
attempt(os.getcwd, 1)
attempt(os.umask, 2**40)
attempt(os.strerror, "x")
print(os.strerror(2), os.strerror(99999), os.strerror(0))
