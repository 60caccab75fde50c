# Directories and names: mkdir, listdir, scandir and DirEntry, rename,
# replace, link, symlink, readlink, unlink, rmdir, makedirs, walk, chdir.
import os
import stat

base = "/tmp/krait_mod_os_dirs_%d" % os.getpid()


def show(e):
    return "%s %s" % (type(e).__name__, str(e).replace(base, "BASE"))


os.mkdir(base, 0o755)
try:
    os.mkdir(os.path.join(base, "sub"))
    for name in ["b.txt", "a.txt", "c.bin"]:
        with open(os.path.join(base, name), "w") as f:
            f.write(name * 3)
    os.symlink("a.txt", os.path.join(base, "link_a"))
    os.symlink("missing", os.path.join(base, "dangling"))
    os.symlink("sub", os.path.join(base, "link_sub"))

    print(sorted(os.listdir(base)))
    print(sorted(os.listdir(os.fsencode(base))))
    fd = os.open(base, os.O_RDONLY)
    print(sorted(os.listdir(fd)))
    print(sorted(os.listdir(fd)) == sorted(os.listdir(base)))

    entries = sorted(os.scandir(base), key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              e.inode() == os.lstat(e.path).st_ino, os.fspath(e) == e.path)
    a = [e for e in entries if e.name == "a.txt"][0]
    print(repr(a), a.stat().st_size, a.stat(follow_symlinks=False).st_size, a.stat() is a.stat())
    la = [e for e in entries if e.name == "link_a"][0]
    print(la.stat().st_size, stat.S_ISLNK(la.stat(follow_symlinks=False).st_mode))
    d = [e for e in entries if e.name == "dangling"][0]
    try:
        d.stat()
    except FileNotFoundError as exc:
        print(show(exc))
    print(type(a).__name__, type(a).__module__, os.DirEntry is type(a))
    print(os.DirEntry[str])
    try:
        os.DirEntry()
    except TypeError as exc:
        print(show(exc))

    benames = sorted(e.name for e in os.scandir(os.fsencode(base)))
    print(benames)
    print(sorted((e.name, e.path) for e in os.scandir(fd))[:2])
    with os.scandir(base) as it:
        print(type(it).__name__, iter(it) is it)
        first = next(it)
        print(type(first).__name__)
    print(list(it))
    it = os.scandir(base)
    it.close()
    it.close()
    print(list(it))
    cwd = os.getcwd()
    os.chdir(base)
    print(sorted(e.path for e in os.scandir())[:2], sorted(os.listdir())[:2])
    print(os.getcwd() == os.path.realpath(base), os.getcwdb() == os.fsencode(os.getcwd()))
    os.chdir(cwd)
    os.fchdir(fd)
    print(os.getcwd() == os.path.realpath(base))
    os.chdir(cwd)
    os.close(fd)

    print(os.readlink(os.path.join(base, "link_a")), os.readlink(os.fsencode(os.path.join(base, "link_sub"))))
    os.rename(os.path.join(base, "c.bin"), os.path.join(base, "d.bin"))
    os.replace(os.path.join(base, "d.bin"), os.path.join(base, "a.txt"))
    with open(os.path.join(base, "a.txt")) as f:
        print(f.read())
    os.link(os.path.join(base, "a.txt"), os.path.join(base, "hard"))
    print(os.stat(os.path.join(base, "hard")).st_nlink, os.path.samefile(os.path.join(base, "hard"), os.path.join(base, "a.txt")))
    os.remove(os.path.join(base, "hard"))
    print(os.stat(os.path.join(base, "a.txt")).st_nlink)

    deep = os.path.join(base, "x", "y", "z")
    os.makedirs(deep)
    os.makedirs(deep, exist_ok=True)
    try:
        os.makedirs(deep)
    except FileExistsError as exc:
        print(show(exc))
    with open(os.path.join(deep, "leaf"), "w") as f:
        f.write("leaf")
    for root, dirs, files in os.walk(os.path.join(base, "x")):
        dirs.sort()
        print(root.replace(base, "BASE"), dirs, sorted(files))
    for root, dirs, files in os.walk(os.path.join(base, "x"), topdown=False):
        print(root.replace(base, "BASE"), dirs, sorted(files))
    print([(r.replace(base, "BASE"), sorted(f)) for r, d, f, _ in os.fwalk(os.path.join(base, "x"))][:1])
    os.unlink(os.path.join(deep, "leaf"))
    os.removedirs(deep)
    print(os.path.exists(os.path.join(base, "x")))

    for f, args in [
        (os.mkdir, (base,)),
        (os.rmdir, (os.path.join(base, "nonexistent"),)),
        (os.rmdir, (os.path.join(base, "a.txt"),)),
        (os.rmdir, (os.path.join(base, "sub", ".."),)),
        (os.unlink, (os.path.join(base, "sub"),)),
        (os.rename, (os.path.join(base, "nonexistent"), os.path.join(base, "other"))),
        (os.rename, (os.path.join(base, "sub"), os.path.join(base, "a.txt"))),
        (os.link, (os.path.join(base, "nonexistent"), os.path.join(base, "other"))),
        (os.symlink, ("target", os.path.join(base, "a.txt"))),
        (os.readlink, (os.path.join(base, "a.txt"),)),
        (os.readlink, (os.path.join(base, "nonexistent"),)),
        (os.listdir, (os.path.join(base, "nonexistent"),)),
        (os.listdir, (os.fsencode(os.path.join(base, "nonexistent")),)),
        (os.listdir, (os.path.join(base, "a.txt"),)),
        (os.scandir, (os.path.join(base, "nonexistent"),)),
        (os.chdir, (os.path.join(base, "nonexistent"),)),
        (os.mkdir, (os.path.join(base, "no", "such"),)),
    ]:
        try:
            f(*args)
            print("no error", f.__name__)
        except OSError as exc:
            print(f.__name__, show(exc), exc.errno, exc.filename == args[0], exc.filename2 == (args[1] if len(args) > 1 else None))
    os.rmdir(os.path.join(base, "sub"))
    print(sorted(os.listdir(base)))
finally:
    for name in os.listdir(base):
        p = os.path.join(base, name)
        if os.path.isdir(p) and not os.path.islink(p):
            os.rmdir(p)
        else:
            os.unlink(p)
    os.rmdir(base)
print(os.path.exists(base))
