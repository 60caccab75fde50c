#!/usr/bin/env python3
"""The bytecode cache, scripted: each scenario builds a small program in a
fresh temporary folder, runs it under the reference interpreter and under
Krait (each in its own copy of the folder), and compares what they print and
which cache files they leave, with the cache tag ("cpython-311" /
"krait-311") written as TAG. Where Krait differs by design (a corrupt cache
body is ignored and rewritten, where CPython raises), the scenario checks
Krait alone and says so.

Environment: KRAIT (the binary), KRAIT_REFERENCE_PYTHON. Prints
`pyc cache: N/N scenarios as expected` and exits 1 on any difference.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

KRAIT = os.path.abspath(os.environ.get("KRAIT", "build/release/krait"))
REFERENCE = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")
TAGS = {KRAIT: "krait-311", REFERENCE: "cpython-311"}

MODULE_SOURCE = 'print("mod runs, version", 1)\nVALUE = 41 + 1\n'
MAIN_SOURCE = "import mod\nprint('main sees', mod.VALUE)\n"


def environment(extra=None):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
           "PYTHONHASHSEED": "0"}
    env.update(extra or {})
    return env


def run(interpreter, folder, args, extra_env=None):
    proc = subprocess.run([interpreter, *args], cwd=folder, env=environment(extra_env),
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    return proc.returncode, normalise(proc.stdout, interpreter, folder), \
        normalise(proc.stderr, interpreter, folder)


def normalise(data, interpreter, folder):
    text = data.decode("utf-8", "replace").replace(folder, "DIR")
    text = text.replace(TAGS[interpreter], "TAG")
    return re.sub(r" at 0x[0-9a-f]+", " at ADDRESS", text)


def cache_files(folder, interpreter):
    found = []
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            if name.endswith(".pyc"):
                rel = os.path.relpath(os.path.join(dirpath, name), folder)
                found.append(rel.replace(TAGS[interpreter], "TAG"))
    return sorted(found)


def verbose_cache_lines(stderr):
    """The -v lines about the program's own modules (not the stdlib's)."""
    keep = []
    for line in stderr.splitlines():
        if "DIR" in line and line.startswith("#"):
            keep.append(line)
        elif line.startswith("import 'mod'"):
            keep.append(line)
    return keep


def write(folder, name, text, mode="w"):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)
    return path


def pyc_path(folder, interpreter, name="mod"):
    return os.path.join(folder, "__pycache__", f"{name}.{TAGS[interpreter]}.pyc")


class Scenario:
    """One scenario: `body(interpreter, folder)` returns what it observed;
    the observations of both interpreters must be equal (or, for a Krait-only
    scenario, `expected` must equal Krait's)."""

    def __init__(self, name, body, krait_only=None):
        self.name = name
        self.body = body
        self.krait_only = krait_only


def observe(interpreter, body):
    folder = tempfile.mkdtemp(prefix="krait-pyc-")
    try:
        write(folder, "main.py", MAIN_SOURCE)
        write(folder, "mod.py", MODULE_SOURCE)
        return body(interpreter, folder)
    finally:
        for dirpath, dirnames, _ in os.walk(folder):
            for d in dirnames:
                os.chmod(os.path.join(dirpath, d), 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def created_and_main_not_cached(interpreter, folder):
    result = run(interpreter, folder, ["main.py"])
    return result, cache_files(folder, interpreter)


def reused_without_compiling(interpreter, folder):
    run(interpreter, folder, ["main.py"])
    status, out, err = run(interpreter, folder, ["-v", "main.py"])
    return status, out, verbose_cache_lines(err), cache_files(folder, interpreter)


def same_size_and_mtime_keeps_cache(interpreter, folder):
    """A source changed without changing its size or mtime still runs the
    cached code: the cache is trusted on those two fields, as in CPython."""
    run(interpreter, folder, ["main.py"])
    path = os.path.join(folder, "mod.py")
    info = os.stat(path)
    write(folder, "mod.py", MODULE_SOURCE.replace("version", "VERSION"))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    return run(interpreter, folder, ["main.py"])


def changed_source_recompiled(interpreter, folder):
    run(interpreter, folder, ["main.py"])
    path = os.path.join(folder, "mod.py")
    write(folder, "mod.py", MODULE_SOURCE.replace("1)", "2222)"))
    os.utime(path, (1_600_000_000, 1_600_000_000))
    status, out, err = run(interpreter, folder, ["-v", "main.py"])
    with open(pyc_path(folder, interpreter), "rb") as f:
        header = f.read(16)
    third_run = run(interpreter, folder, ["main.py"])
    return (status, out, verbose_cache_lines(err), int.from_bytes(header[8:12], "little"),
            int.from_bytes(header[12:16], "little"), third_run)


def damaged_cache_rewritten(damage):
    def body(interpreter, folder):
        run(interpreter, folder, ["main.py"])
        path = pyc_path(folder, interpreter)
        with open(path, "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(damage(data))
        first = run(interpreter, folder, ["main.py"])
        with open(path, "rb") as f:
            rewritten = f.read()
        second = run(interpreter, folder, ["-v", "main.py"])
        return first, rewritten == data, verbose_cache_lines(second[2])
    return body


def foreign_cache_rewritten(interpreter, folder):
    """A cache file written by the other interpreter under this one's name
    has the wrong magic number: ignored and rewritten."""
    other = REFERENCE if interpreter == KRAIT else KRAIT
    run(other, folder, ["main.py"])
    shutil.copy(pyc_path(folder, other), pyc_path(folder, interpreter))
    first = run(interpreter, folder, ["main.py"])
    second = run(interpreter, folder, ["-v", "main.py"])
    return first, verbose_cache_lines(second[2])


def unwritable_cache_folder(interpreter, folder):
    """__pycache__ cannot be created (a file stands in its way): the
    program runs, with no cache and no error (-v says why)."""
    write(folder, "__pycache__", "not a folder\n")
    status, out, err = run(interpreter, folder, ["-v", "main.py"])
    return status, out, verbose_cache_lines(err), cache_files(folder, interpreter)


def read_only_folder(interpreter, folder):
    """Without write permission on the folder (skipped as root, who has it)."""
    os.chmod(folder, 0o555)
    try:
        return run(interpreter, folder, ["main.py"]), cache_files(folder, interpreter)
    finally:
        os.chmod(folder, 0o755)


def no_write_options(interpreter, folder):
    results = []
    results.append(run(interpreter, folder, ["-B", "main.py"]))
    results.append(cache_files(folder, interpreter))
    results.append(run(interpreter, folder, ["main.py"], {"PYTHONDONTWRITEBYTECODE": "1"}))
    results.append(cache_files(folder, interpreter))
    write(folder, "setter.py", "import sys\nsys.dont_write_bytecode = True\nimport mod\n")
    results.append(run(interpreter, folder, ["setter.py"]))
    results.append(cache_files(folder, interpreter))
    return results


def pycache_prefix(interpreter, folder):
    prefix = os.path.join(folder, "prefix")
    env_run = run(interpreter, folder, ["main.py"], {"PYTHONPYCACHEPREFIX": prefix})
    env_files = cache_files(folder, interpreter)
    shutil.rmtree(prefix, ignore_errors=True)
    option_run = run(interpreter, folder, ["-X", "pycache_prefix=" + prefix, "main.py"])
    option_files = cache_files(folder, interpreter)
    shown = run(interpreter, folder, ["-c", "import sys; print(sys.pycache_prefix)"],
                {"PYTHONPYCACHEPREFIX": prefix})
    # The prefix tree mirrors the folder's absolute path.
    mirror = os.path.join(prefix, folder.lstrip("/"), "mod." + TAGS[interpreter] + ".pyc")
    # Only the program's module: CPython also caches the stdlib modules its
    # start-up imports (site and what it needs) under the prefix.
    own = [len([f for f in files if "/mod." in f]) for files in (env_files, option_files)]
    return env_run, option_run, os.path.exists(mirror), own, shown


def hash_based(check_source, change_source):
    """A hash-based cache (PEP 552), made from the interpreter's own
    timestamp cache with the header rewritten: a checked one is validated
    against the source's hash, an unchecked one is trusted."""
    def body(interpreter, folder):
        run(interpreter, folder, ["main.py"])
        path = pyc_path(folder, interpreter)
        probe = ("import _imp, importlib.util, sys\n"
                 "data = open(sys.argv[1], 'rb').read()\n"
                 "print(_imp.source_hash(importlib.util._RAW_MAGIC_NUMBER, data).hex())\n"
                 if interpreter == REFERENCE else
                 "import _imp, _frozen_importlib_external as e, sys\n"
                 "data = open(sys.argv[1], 'rb').read()\n"
                 "print(_imp.source_hash(e._RAW_MAGIC_NUMBER, data).hex())\n")
        write(folder, "probe_hash.py", probe)
        status, out, err = run(interpreter, folder, ["-B", "probe_hash.py", "mod.py"])
        if status != 0:
            return ("probe failed", err)
        source_hash = bytes.fromhex(out.strip())
        with open(path, "rb") as f:
            data = f.read()
        flags = 0b11 if check_source else 0b01
        with open(path, "wb") as f:
            f.write(data[:4] + flags.to_bytes(4, "little") + source_hash + data[16:])
        if change_source:
            write(folder, "mod.py", MODULE_SOURCE.replace("1)", "333)"))
        status, out, err = run(interpreter, folder, ["-v", "main.py"])
        with open(path, "rb") as f:
            after = f.read(16)
        return status, out, verbose_cache_lines(err), int.from_bytes(after[4:8], "little")
    return body


def sourceless_module(interpreter, folder):
    """A .pyc beside the importer, without source, is imported."""
    run(interpreter, folder, ["main.py"])
    os.replace(pyc_path(folder, interpreter), os.path.join(folder, "mod.pyc"))
    os.remove(os.path.join(folder, "mod.py"))
    shutil.rmtree(os.path.join(folder, "__pycache__"))
    return run(interpreter, folder, ["main.py"]), cache_files(folder, interpreter)


def package_caches(interpreter, folder):
    write(folder, "pkg/__init__.py", "from . import inner\n")
    write(folder, "pkg/inner.py", "print('inner runs')\n")
    write(folder, "usepkg.py", "import pkg\nprint(pkg.__cached__ == pkg.__spec__.cached)\n")
    first = run(interpreter, folder, ["usepkg.py"])
    second = run(interpreter, folder, ["-v", "usepkg.py"])
    return first, verbose_cache_lines(second[2]), cache_files(folder, interpreter)


def py_compile_cache(mode):
    """`-m py_compile` and py_compile.compile write the cache import uses."""
    def body(interpreter, folder):
        if mode is None:
            compiled = run(interpreter, folder, ["-m", "py_compile", "mod.py"])
        else:
            compiled = run(interpreter, folder, [
                "-c", "import py_compile as p; print(p.compile('mod.py', invalidation_mode="
                f"p.PycInvalidationMode.{mode}).replace('{TAGS[interpreter]}', 'TAG'))"])
        with open(pyc_path(folder, interpreter), "rb") as f:
            flags = int.from_bytes(f.read(8)[4:], "little")
        status, out, err = run(interpreter, folder, ["-v", "main.py"])
        return compiled, flags, status, out, verbose_cache_lines(err)
    return body


def compileall_tree(interpreter, folder):
    """`-m compileall` over a tree: its listing, its errors, the files it
    writes, and the second run that finds them up to date."""
    write(folder, "tree/a.py", "x = 1\n")
    write(folder, "tree/bad.py", "x = (\n")
    write(folder, "tree/sub/b.py", "y = 2\n")
    write(folder, "tree/notes.txt", "text\n")
    results = [run(interpreter, folder, ["-m", "compileall", "tree"])]
    results.append(run(interpreter, folder, ["-m", "compileall", "tree"]))
    results.append(run(interpreter, folder, ["-m", "compileall", "-q", "-l", "-f", "tree"]))
    results.append(run(interpreter, folder, ["-m", "compileall", "-b", "tree/a.py"]))
    results.append(cache_files(folder, interpreter))
    status, out, err = run(interpreter, folder, [
        "-v", "-c", "import sys; sys.path.insert(0, 'tree'); import a; print(a.x)"])
    results.append((status, out, [line for line in verbose_cache_lines(err) if "tree" in line]))
    return results


def syntax_error_not_cached(interpreter, folder):
    write(folder, "mod.py", "x = (\n")
    return run(interpreter, folder, ["main.py"]), cache_files(folder, interpreter)


SCENARIOS = [
    Scenario("created beside the module, main script not cached", created_and_main_not_cached),
    Scenario("reused without compiling", reused_without_compiling),
    Scenario("same size and mtime keeps the cache", same_size_and_mtime_keeps_cache),
    Scenario("changed source recompiled and rewritten", changed_source_recompiled),
    Scenario("truncated header rewritten", damaged_cache_rewritten(lambda d: d[:10])),
    Scenario("empty file rewritten", damaged_cache_rewritten(lambda d: b"")),
    Scenario("wrong magic rewritten", damaged_cache_rewritten(lambda d: b"\0\0\r\n" + d[4:])),
    Scenario("bad flags rewritten",
             damaged_cache_rewritten(lambda d: d[:4] + b"\x08\0\0\0" + d[8:])),
    Scenario("foreign cache rewritten", foreign_cache_rewritten),
    Scenario("unwritable cache folder", unwritable_cache_folder),
    Scenario("-B, PYTHONDONTWRITEBYTECODE, sys.dont_write_bytecode", no_write_options),
    Scenario("PYTHONPYCACHEPREFIX and -X pycache_prefix", pycache_prefix),
    Scenario("checked hash-based, source unchanged", hash_based(True, False)),
    Scenario("checked hash-based, source changed", hash_based(True, True)),
    Scenario("unchecked hash-based, source changed", hash_based(False, True)),
    Scenario("sourceless .pyc imported", sourceless_module),
    Scenario("package and submodule caches", package_caches),
    Scenario("syntax error: nothing cached", syntax_error_not_cached),
    Scenario("krait -m py_compile", py_compile_cache(None)),
    Scenario("krait -m compileall", compileall_tree),
    Scenario("py_compile.compile, checked hash", py_compile_cache("CHECKED_HASH")),
    Scenario("py_compile.compile, unchecked hash", py_compile_cache("UNCHECKED_HASH")),
]

if os.geteuid() != 0:
    SCENARIOS.append(Scenario("read-only folder", read_only_folder))


def corrupt_body_expected():
    """Krait only: CPython raises on a cache whose body is not valid marshal
    data; Krait ignores such a file and rewrites it (DESIGN §8)."""
    return (0, "mod runs, version 1\nmain sees 42\n", "")


def corrupt_body(interpreter, folder):
    run(interpreter, folder, ["main.py"])
    path = pyc_path(folder, interpreter)
    with open(path, "rb") as f:
        data = f.read()
    # Garbage, a truncated body, and a valid marshalled int instead of code.
    for damaged in (data[:16] + b"\xff" * (len(data) - 16), data[:len(data) // 2],
                    data[:16] + b"\xe9\x2a\x00\x00\x00"):
        with open(path, "wb") as f:
            f.write(damaged)
        result = run(interpreter, folder, ["main.py"])
        if result != corrupt_body_expected():
            return result
        with open(path, "rb") as f:
            if f.read() != data:
                return "not rewritten"
    return corrupt_body_expected()


SCENARIOS.append(Scenario("corrupt body ignored and rewritten", corrupt_body,
                          krait_only=corrupt_body_expected))


def main():
    passed = 0
    for scenario in SCENARIOS:
        got = observe(KRAIT, scenario.body)
        if scenario.krait_only:
            expected = scenario.krait_only()
        else:
            expected = observe(REFERENCE, scenario.body)
        if got == expected:
            passed += 1
        else:
            print(f"DIFFERS: {scenario.name}\n  expected: {expected!r}\n  krait:    {got!r}")
    print(f"pyc cache: {passed}/{len(SCENARIOS)} scenarios as expected")
    return 0 if passed == len(SCENARIOS) else 1


if __name__ == "__main__":
    sys.exit(main())
