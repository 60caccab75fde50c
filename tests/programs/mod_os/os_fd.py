# Descriptor functions: open, read, write, lseek, pread, pwrite, dup, pipe,
# flags, truncation, and their errors.
import os

base = "/tmp/krait_mod_os_fd_%d" % os.getpid()
os.mkdir(base)
try:
    path = os.path.join(base, "data.bin")
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    print(type(fd).__name__, fd > 2, os.get_inheritable(fd))
    print(os.write(fd, b"0123456789"), os.write(fd, bytearray(b"abc")), os.write(fd, memoryview(b"XYZ")))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 2, os.SEEK_SET))
    print(os.read(fd, 4), os.read(fd, 0), os.read(fd, 100), os.read(fd, 5))
    print(os.pread(fd, 3, 1), os.pwrite(fd, b"--", 4), os.pread(fd, 20, 0))
    print(os.lseek(fd, 0, os.SEEK_CUR))
    os.ftruncate(fd, 5)
    print(os.fstat(fd).st_size, os.pread(fd, 100, 0))
    os.truncate(path, 3)
    print(os.stat(path).st_size)
    os.truncate(fd, 2)
    print(os.stat(path).st_size)
    os.fsync(fd)
    os.fdatasync(fd)

    fd2 = os.dup(fd)
    print(fd2 != fd, os.get_inheritable(fd2))
    os.set_inheritable(fd2, True)
    print(os.get_inheritable(fd2))
    os.set_inheritable(fd2, False)
    print(os.get_inheritable(fd2))
    fd3 = fd2 + 10
    print(os.dup2(fd, fd3) == fd3, os.get_inheritable(fd3))
    print(os.dup2(fd, fd3, inheritable=False) == fd3, os.get_inheritable(fd3))
    print(os.get_blocking(fd3))
    os.set_blocking(fd3, False)
    print(os.get_blocking(fd3), os.get_blocking(fd))
    os.set_blocking(fd3, True)
    print(os.get_blocking(fd))
    os.closerange(fd2, fd3 + 1)
    for closed in (fd2, fd3):
        try:
            os.fstat(closed)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename)

    r, w = os.pipe()
    print(os.get_inheritable(r), os.get_inheritable(w), os.isatty(r))
    print(os.write(w, b"through the pipe"))
    print(os.read(r, 7), os.read(r, 100))
    os.close(w)
    print(os.read(r, 10))
    os.close(r)
    r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    print(os.get_blocking(r))
    try:
        os.read(r, 1)
    except BlockingIOError as e:
        print("BlockingIOError", e.errno)
    os.close(r)
    os.close(w)

    print(os.device_encoding(fd), os.isatty(fd))
    os.close(fd)

    def attempt(f, *args, **kwargs):
        try:
            print(repr(f(*args, **kwargs)))
        except Exception as e:
            print(type(e).__name__, str(e).replace(base, "BASE"))

    attempt(os.close, fd)
    attempt(os.read, fd, 1)
    attempt(os.read, 0, -1)
    attempt(os.write, 1, "text")
    attempt(os.write, 1, 5)
    attempt(os.close, 2**40)
    attempt(os.close, 1.5)
    attempt(os.close, "3")
    attempt(os.lseek, fd, 0, 0)
    attempt(os.dup, -1)
    attempt(os.open, os.path.join(base, "missing"), os.O_RDONLY)
    attempt(os.open, base, os.O_WRONLY)
    attempt(os.open, path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    attempt(os.fsync, "x")
    attempt(os.read, 0, 2**70)
    attempt(os.lseek, 0, 2**70, 0)
    attempt(os.open)
    attempt(os.open, path)
    attempt(os.open, path, os.O_RDONLY, 0, 5)
    attempt(os.get_inheritable, 12345)
    attempt(os.get_terminal_size, 12345)

    with open(path, "wb") as f:
        f.write(b"abcdef")
    fd = os.open("data.bin", os.O_RDONLY, dir_fd=os.open(base, os.O_RDONLY))
    print(os.read(fd, 3))
    os.close(fd)
    print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREAT, os.O_EXCL, os.O_TRUNC)
    print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.SEEK_DATA, os.SEEK_HOLE)
finally:
    for name in os.listdir(base):
        os.unlink(os.path.join(base, name))
    os.rmdir(base)
