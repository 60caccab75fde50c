# os.stat, lstat, fstat and stat_result: fields, relations and construction.
import os
import stat

base = "/tmp/krait_mod_os_stat_%d" % os.getpid()
os.mkdir(base)
try:
    path = os.path.join(base, "file.txt")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    os.write(fd, b"hello world\n")
    os.close(fd)

    st = os.stat(path)
    print(type(st).__name__, type(st).__module__, len(st))
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode) & 0o777 | 0o040))
    print(st.st_size, st[stat.ST_SIZE], st.st_nlink)
    print(st.st_uid == os.getuid(), st.st_gid == os.getgid())
    print(isinstance(st.st_atime, float), isinstance(st.st_atime_ns, int), isinstance(st[7], int))
    print(st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
    print(st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
    print(st == os.stat(path), st == os.lstat(path))
    with open(path, "rb") as f:
        fst = os.fstat(f.fileno())
        print(fst.st_ino == st.st_ino, fst.st_dev == st.st_dev, fst.st_size)
        print(os.stat(f.fileno()).st_ino == st.st_ino)

    dst = os.stat(base)
    print(stat.S_ISDIR(dst.st_mode), stat.filemode(dst.st_mode)[0])

    link = os.path.join(base, "link")
    os.symlink("file.txt", link)
    print(stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISREG(os.stat(link).st_mode))
    print(stat.S_ISLNK(os.stat(link, follow_symlinks=False).st_mode))
    dfd = os.open(base, os.O_RDONLY)
    print(os.stat("file.txt", dir_fd=dfd).st_ino == st.st_ino)
    print(stat.S_ISLNK(os.stat("link", dir_fd=dfd, follow_symlinks=False).st_mode))
    os.close(dfd)

    os.utime(path, (1000000000, 1200000000))
    st2 = os.stat(path)
    print(st2.st_atime, st2.st_mtime, st2[7], st2[8], st2.st_atime_ns, st2.st_mtime_ns)
    os.utime(path, ns=(1500000000123456789, 1600000000987654321))
    st3 = os.stat(path)
    print(st3.st_atime_ns, st3.st_mtime_ns, st3[7], st3[8])
    print(repr(st3.st_atime), repr(st3.st_mtime))
    os.utime(path, times=(1.25, 2.75))
    print(os.stat(path).st_atime, os.stat(path).st_mtime_ns)
    os.utime(path)
    print(os.stat(path).st_mtime > 1600000000)

    os.chmod(path, 0o600)
    print(oct(stat.S_IMODE(os.stat(path).st_mode)))
    os.chmod(path, 0o644)
    print(oct(stat.S_IMODE(os.stat(path).st_mode)), stat.filemode(os.stat(path).st_mode))
    print(os.access(path, os.R_OK), os.access(path, os.F_OK), os.access(path + "x", os.F_OK))

    # Construction, repr and pickling support.
    r = os.stat_result(tuple(range(10)))
    print(r)
    print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blocks)
    r2 = os.stat_result(tuple(range(10)), {"st_atime": 7.5, "st_blksize": 512})
    print(r2.st_atime, r2.st_blksize, r2[7])
    print(os.stat_result(tuple(range(16))).st_atime)
    print(r.__reduce__())
    print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
    print(os.stat_result.__match_args__)
    for bad in [(1, 2), tuple(range(20)), 5]:
        try:
            os.stat_result(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        r.st_mode = 5
    except AttributeError as e:
        print("AttributeError", e)
    print(r[:3], r[-1], list(r)[6:])

    sv = os.statvfs(base)
    print(type(sv).__name__, len(sv), sv.f_bsize > 0, sv.f_namemax > 0, isinstance(sv.f_fsid, int))
    print(os.statvfs_result.n_fields, os.statvfs_result.__match_args__[:3])
    os.unlink(link)
    os.unlink(path)
finally:
    for name in os.listdir(base):
        os.unlink(os.path.join(base, name))
    os.rmdir(base)
