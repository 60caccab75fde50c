# posixpath and genericpath over the posix module: queries on real files,
# and the pure string functions.
import os
import os.path

base = "/tmp/krait_mod_os_path_%d" % os.getpid()
os.mkdir(base)
try:
    f = os.path.join(base, "file.py")
    with open(f, "w") as out:
        out.write("x" * 100)
    os.mkdir(os.path.join(base, "dir"))
    os.symlink(f, os.path.join(base, "link"))
    os.symlink(os.path.join(base, "nowhere"), os.path.join(base, "broken"))
    os.symlink("dir", os.path.join(base, "dirlink"))
    for name in ["file.py", "dir", "link", "broken", "dirlink", "missing"]:
        p = os.path.join(base, name)
        print(name, os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p),
              os.path.islink(p), os.path.ismount(p))
    print(os.path.getsize(f), os.path.getmtime(f) == os.stat(f).st_mtime, os.path.getatime(f) > 0)
    print(os.path.samefile(f, os.path.join(base, "link")), os.path.sameopenfile(0, 0))
    print(os.path.realpath(os.path.join(base, "link")) == os.path.realpath(f))
    print(os.path.realpath(os.path.join(base, "dirlink", "..", "file.py")) == os.path.realpath(f))
    print(os.path.ismount("/"), os.path.exists(b"/"), os.path.isdir(base.encode()))
    print(os.path.exists("bad\0path"), os.path.isfile(12345), os.path.exists(-5))
    cwd = os.getcwd()
    os.chdir(base)
    print(os.path.abspath("dir/../file.py") == os.path.join(os.path.realpath(base), "file.py") or
          os.path.abspath("dir/../file.py") == os.path.join(base, "file.py"))
    print(os.path.relpath(os.path.join(base, "dir")), os.path.relpath("/"+"a/b", "/a"))
    os.chdir(cwd)
    try:
        os.path.getsize(os.path.join(base, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == os.path.join(base, "missing"))
finally:
    for name in os.listdir(base):
        p = os.path.join(base, name)
        if os.path.isdir(p) and not os.path.islink(p):
            os.rmdir(p)
        else:
            os.unlink(p)
    os.rmdir(base)

for p in ["a/b/c.txt", "/a/b/", "a", "", "/", "//x", "a/./b/../c", "a.tar.gz", ".bashrc", "a/b.d/c"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p),
          os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a", "b", "/c", "d"), os.path.join(b"a", b"b"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.commonprefix(["interspecies", "interstellar"]), os.path.splitdrive("/a/b"))
print(os.path.expanduser("~root"), os.path.normcase("A/B"))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
