#!/usr/bin/env python3
"""The command line against CPython's: each invocation below (options, environment
variables, usage errors, missing files, -c / -m / a script / a folder / standard
input, exit statuses) runs under the reference interpreter and under $KRAIT in the
same temporary folder with the same controlled environment; stdout, stderr and the
exit status must be identical after the few normalisations commented below.
Prints `cli: N/N identical`, shows each difference, and fails on a
difference not in known_cli_failures.txt (and on a listed case that now passes)."""

import os
import pty
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "frontend"))
import ratchet  # noqa: E402

REFERENCE = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")
KRAIT = os.path.abspath(os.environ.get("KRAIT", "build/release/krait"))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Printed by the programs below instead of sys.path itself: the installation's own
# entries (CPython's zip, stdlib, lib-dynload and site folders; Krait's lib/ and
# stdlib folder) differ by design, the entries the command line adds must not.
PATH_FILTER = (
    "def path():\n"
    "    import sys\n"
    f"    own = ({os.path.join(REPO, 'lib')!r}, '/usr/lib/python3', '/usr/local/lib/python3')\n"
    "    return [p for p in sys.path if not p.startswith(own)]\n")

SHOW = PATH_FILTER + (
    "import sys\n"
    "print('argv', sys.argv)\n"
    "print('flags', sys.flags)\n"
    "print('warnoptions', sys.warnoptions)\n"
    "print('xoptions', sys._xoptions)\n"
    "print('pycache_prefix', sys.pycache_prefix)\n"
    "print('dont_write_bytecode', sys.dont_write_bytecode)\n"
    "print('path', path())\n"
    "print('max_str_digits', sys.get_int_max_str_digits())\n"
    "print('main', __name__, __package__, __spec__ is None)\n")

MAIN_GLOBALS = PATH_FILTER + (
    "import sys\n"
    "print(sys.argv, path())\n"
    "print(__name__, __file__, __cached__, __package__, __spec__.name, __spec__.parent)\n"
    "print(type(__loader__).__name__, sys.modules['__main__'] is sys.modules[__name__])\n")

FILES = {
    "show.py": SHOW,
    "sub/show.py": SHOW,
    "hello.py": "import sys\nprint('hello', sys.argv)\n",
    "boom.py": "def f():\n    1/0\nf()\n",
    "skip.py": "this line is not Python\nimport sys\nprint('skipped', sys.argv)\n1/0\n",
    "mod.py": MAIN_GLOBALS,
    "pkg/__init__.py": "print('pkg init')\n",
    "pkg/__main__.py": MAIN_GLOBALS,
    "pkg/inner.py": MAIN_GLOBALS,
    "pkg/exits.py": "raise SystemExit('leaving pkg.exits')\n",
    "nomain/__init__.py": "",
    "badinit/__init__.py": "1/0\n",
    "namespace/nothing.txt": "",
    "folder/__main__.py": MAIN_GLOBALS,
    "plainfolder/readme.txt": "",
    "badsyntax.py": "x = (1,\n",
    "interrupt.py": "raise KeyboardInterrupt\n",
    "startup.py": "started = True\nprint('in startup', __name__)\n",
    "eager/__init__.py": "from . import inner\n",
    "eager/inner.py": "print('eager.inner', __name__)\n",
}

BASE_ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}
# A sanitizer build's settings (tools/test) reach it; CPython ignores them.
BASE_ENV.update({k: v for k, v in os.environ.items() if k in ("ASAN_OPTIONS", "UBSAN_OPTIONS")})


class Case:
    def __init__(self, args, env=None, stdin="", cwd=".", normalise=(), terminal=False):
        self.args = args
        self.terminal = terminal  # stdin is a terminal (stdout and stderr stay pipes)
        self.env = env or {}
        self.stdin = stdin
        self.cwd = cwd
        self.normalise = normalise

    def describe(self):
        env = " ".join(f"{k}={v!r}" for k, v in self.env.items())
        stdin = f" <<< {self.stdin!r}" if self.stdin else ""
        if self.terminal:
            stdin = f" (terminal) <<< {self.stdin!r}"
        return f"{env} python {' '.join(map(repr, self.args))}{stdin} (in {self.cwd})".strip()


def cases():
    c = []
    add = lambda *args, **kw: c.append(Case(list(args), **kw))
    # Programs: -c, a script, standard input, '-', -m, a folder.
    add("-c", "import sys; print(sys.argv)", "a", "-b", "--c")
    add("-c", "import sys; print(sys.argv)", "-c", "x")
    add("show.py", "one", "two")
    add("./sub/../sub/show.py", "x")
    add("sub/show.py", cwd=".")
    add("show.py", cwd="sub")
    add("../show.py", "-i", cwd="sub")
    add(stdin="import sys; print('stdin', sys.argv, __name__, __file__ if '__file__' in dir() else None)\n")
    add("-", "a", "b", stdin="import sys; print('dash', sys.argv)\n")
    add("-S", "-", stdin=SHOW)
    add("-S", stdin=SHOW)
    add("-m", "mod", "a", "b")
    add("-m", "pkg", "x")
    add("-m", "pkg.inner", "y")
    add("-m", "pkg.exits")
    add("-m", "nosuch")
    add("-m", ".relative")
    add("-m", "nosuch.child")
    add("-m", "nomain")
    add("-m", "namespace")
    add("-m", "pkg.__main__")
    add("-m", "badinit.child")
    add("-m", "boom")
    add("-m", "hello.py")
    add("-m", "badsyntax")
    add("-m", "badinit")
    add("-m", "eager.inner")
    add("-m", "interrupt")
    add("-i", "-m", "mod", stdin="print(__name__, __spec__.name)\n", normalise=("banner",))
    add("-c", "raise KeyboardInterrupt")
    add("folder", "arg")
    add("./folder")
    add("plainfolder")
    add("namespace")
    add("missing.py")
    add("./sub/missing.py", "arg")
    add("-x", "skip.py", "q")
    add("link.py", "through a symbolic link")
    add("--", "-c", "print(1)")
    add("-c", "import sys; print(sys.argv)", "caf\u00e9", "")
    # Exit statuses.
    for code in ["sys.exit()", "sys.exit(0)", "sys.exit(3)", "sys.exit(-1)", "sys.exit(256)",
                 "sys.exit('message')", "sys.exit(None)", "sys.exit(True)", "sys.exit((1, 2))",
                 "raise SystemExit(4)", "raise SystemExit", "1/0", "raise KeyError('k')",
                 "sys.exit(2**70)", "class E(SystemExit): pass\nraise E(5)"]:
        add("-c", "import sys\n" + code)
    add("boom.py")
    # Options, alone and grouped, as sys.flags and the rest of SHOW see them.
    for options in [[], ["-B"], ["-E"], ["-I"], ["-O"], ["-OO"], ["-OOO"], ["-S"], ["-s"],
                    ["-q"], ["-u"], ["-d"], ["-b"], ["-bb"], ["-R"], ["-P"], ["-OO", "-B"],
                    ["-OOBsS"], ["-W", "error"], ["-Werror", "-W", "ignore::DeprecationWarning"],
                    ["-X", "a=b", "-X", "c", "-Xa=d"], ["-X", "dev"], ["-X", "utf8"],
                    ["-X", "utf8=0"], ["-X", "warn_default_encoding"], ["-X", "dev", "-b"],
                    ["-X", "int_max_str_digits=700"], ["-X", "int_max_str_digits=0"],
                    ["-X", "int_max_str_digits="], ["-X", "pycache_prefix=/tmp/prefix"],
                    ["-X", "pycache_prefix"], ["-X", "pycache_prefix="]]:
        add(*options, "show.py", "arg")
        add(*options, "-c", SHOW, "arg")
    add("-Bc", SHOW, "x")
    add("-uc", "import sys; print(sys.flags.dont_write_bytecode, sys.argv)", "y")
    add("-uOc", "print(__debug__)")
    add("-OO", "-c", "def f():\n    'doc'\nprint(f.__doc__, __debug__)")
    add("-m", "mod", cwd="sub", env={"PYTHONPATH": ".."})
    add("-I", "-m", "mod")
    add("-P", "-m", "mod")
    # -v and -X importtime: the import system reports on stderr, and CPython's
    # start-up imports (frozen importlib, encodings, site) are its own, so only
    # stdout and the status are compared.
    add("-v", "-c", "import sys; print(sys.flags.verbose)", normalise=("stderr",))
    add("-vv", "-c", "import sys; print(sys.flags.verbose)", normalise=("stderr",))
    add("-X", "importtime", "-c", "import sys; print(sys._xoptions)", normalise=("stderr",))
    add("-c", "import sys; print(sys.flags.verbose)", env={"PYTHONVERBOSE": "2"},
        normalise=("stderr",))
    # The environment, then -E and -I ignoring it.
    environments = [
        {"PYTHONPATH": "/tmp/a:relative::/tmp/b:"},
        {"PYTHONDONTWRITEBYTECODE": "1"}, {"PYTHONDONTWRITEBYTECODE": "0"},
        {"PYTHONPYCACHEPREFIX": "/tmp/cache"}, {"PYTHONPYCACHEPREFIX": "relative"},
        {"PYTHONUNBUFFERED": "x"}, {"PYTHONINSPECT": "1"}, {"PYTHONSAFEPATH": "1"},
        {"PYTHONWARNINGS": "error,ignore::DeprecationWarning, default ,,"},
        {"PYTHONINTMAXSTRDIGITS": "1000"}, {"PYTHONINTMAXSTRDIGITS": "0"},
        {"PYTHONOPTIMIZE": "2"}, {"PYTHONOPTIMIZE": "x"}, {"PYTHONOPTIMIZE": "0"},
        {"PYTHONDEBUG": "1"}, {"PYTHONNOUSERSITE": "1"}, {"PYTHONDEVMODE": "1"},
        {"PYTHONUTF8": "1"}, {"PYTHONUTF8": "0"}, {"PYTHONWARNDEFAULTENCODING": "1"},
        {"PYTHONHASHSEED": "0"}, {"PYTHONHASHSEED": "1234"}, {"PYTHONHASHSEED": "random"},
        {"PYTHONDEVMODE": "1", "PYTHONWARNINGS": "once"},
    ]
    for env in environments:
        add("show.py", env=env)
        add("-c", SHOW, env=env)
        add("-E", "-c", SHOW, env=env)
        add("-I", "show.py", env=env)
    add("-O", "-c", SHOW, env={"PYTHONOPTIMIZE": "2"})
    add("-OOO", "-c", SHOW, env={"PYTHONOPTIMIZE": "1"})
    add("-X", "int_max_str_digits=800", "-c", SHOW, env={"PYTHONINTMAXSTRDIGITS": "700"})
    add("-X", "pycache_prefix=/tmp/x", "-c", SHOW, env={"PYTHONPYCACHEPREFIX": "/tmp/y"})
    add("-W", "always", "-c", SHOW, env={"PYTHONWARNINGS": "error"})
    # Warning options take effect (and invalid ones are reported) at start-up.
    for options in [["-W", "bogus"], ["-W", "error::NoSuchWarning"], ["-W", "ignore::int"],
                    ["-W", "e"], ["-W", "error:::notanumber"], ["-W", "a:b:c:d:e:f"]]:
        add(*options, "-c", "print('ran')")
    add("-W", "error", "-c", "import warnings; warnings.warn('boom')")
    add("-W", "ignore", "-c", "import warnings; warnings.warn('hidden'); print('quiet')")
    add("-c", "import warnings; warnings.warn('boom')", env={"PYTHONWARNINGS": "error"})
    add("-W", "error::SyntaxWarning", "-c", "print(1 is 1)")
    add("-R", "-c", "print(hash('abc') == hash('abc'))", env={"PYTHONHASHSEED": "0"})
    for seed in ["0", "1", "4294967295"]:
        add("-c", "print(hash('krait'), hash(b'krait'))", env={"PYTHONHASHSEED": seed})
    # PYTHONIOENCODING: the encoding of the three streams, the error handler of
    # stdin and stdout.
    show_streams = ("import sys\n"
                    "for s in (sys.stdin, sys.stdout, sys.stderr): print(s.encoding, s.errors)\n"
                    "print('caf\\xe9 \\u20ac')\n")
    for setting in ["latin-1", "latin-1:replace", ":replace", "utf-8:strict", "UTF8",
                    "ascii:backslashreplace", "ascii:xmlcharrefreplace", "iso8859-1:ignore"]:
        add("-c", show_streams, env={"PYTHONIOENCODING": setting})
    add("-E", "-c", show_streams, env={"PYTHONIOENCODING": "ascii:replace"})
    add("-c", show_streams, env={"PYTHONIOENCODING": "ascii"})
    # The fatal error names the thread by its address: normalised.
    add("-c", "print(1)", env={"PYTHONIOENCODING": "no-such-codec"}, normalise=("thread",))
    # Refused configurations.
    add("-X", "int_max_str_digits=5", "-c", "pass")
    add("-X", "int_max_str_digits=abc", "-c", "pass")
    add("-X", "int_max_str_digits", "-c", "pass")
    add("-c", "pass", env={"PYTHONINTMAXSTRDIGITS": "639"})
    add("-c", "pass", env={"PYTHONHASHSEED": "4294967296"})
    add("-c", "pass", env={"PYTHONHASHSEED": "abc"})
    add("-E", "-c", "print('ignored')", env={"PYTHONHASHSEED": "abc"})
    add("-c", "pass", env={"PYTHONUTF8": "2"})
    # UTF-8 mode follows the locale unless PYTHONUTF8 or -X utf8 says otherwise.
    utf8_mode = "import sys; print(sys.flags.utf8_mode, sys.stdout.errors)"
    for env in [{"LC_ALL": "C"}, {"LC_ALL": "POSIX", "PYTHONUTF8": "0"},
                {"LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"}]:
        add("-c", utf8_mode, env=env)
        add("-E", "-c", utf8_mode, env=env)
        add("-I", "-c", utf8_mode, env=env)
    add("-X", "utf8=0", "-c", utf8_mode, env={"LC_ALL": "C"})
    add("-X", "utf8=x", "-c", "pass")
    # Usage errors.
    for args in [["-z"], ["--foo"], ["-c"], ["-m"], ["-W"], ["-X"], ["-J"], ["-Bz"],
                 ["--check-hash-based-pycs"], ["--check-hash-based-pycs", "sometimes"],
                 ["-z", "-h"], ["-V", "-z"]]:
        add(*args)
    add("--check-hash-based-pycs", "always", "-c", "print('ok')")
    add("--", "show.py")
    # Help. The usage line names the program as invoked; that path is normalised
    # like every other occurrence of the interpreter's path.
    for args in [["-h"], ["--help"], ["-?"], ["-E", "-h", "-z"], ["--help-env"],
                 ["--help-xoptions"], ["--help-all"]]:
        add(*args)
    # The version text is Krait's own by design.
    for args in [["-V"], ["--version"], ["-VV"], ["-V", "-c", "print(1)"]]:
        add(*args, normalise=("version",))
    # -i and PYTHONINSPECT with standard input that is not a terminal.
    repl_input = "print('from stdin', x)\n"
    add("-i", "-c", "x = 3", stdin=repl_input, normalise=("banner",))
    add("-i", "-c", "x = 3\nraise SystemExit(3)", stdin=repl_input, normalise=("banner",))
    add("-i", "-c", "1/0", stdin="x = 4\n" + repl_input, normalise=("banner",))
    add("-i", stdin="x = 5\n" + repl_input, normalise=("banner",))
    add("-i", "-q", stdin="x = 6\n" + repl_input)
    add("-c", "x = 7", env={"PYTHONINSPECT": "1"}, stdin=repl_input)
    add("-c", "raise SystemExit(3)", env={"PYTHONINSPECT": "1"})
    add(env={"PYTHONINSPECT": "1"}, stdin="import sys; print(sys.flags.inspect)\n")
    add("-i", "-q", stdin="", env={"PYTHONSTARTUP": "/nonexistent/startup.py"})
    add("-i", "-q", "hello.py", stdin="print(sys.argv)\n")
    # Standard input a terminal: the interactive session; the input ends with Ctrl-D.
    terminal_input = "print(6 * 7)\nx\nimport sys; print(sys.argv, sys.flags.interactive)\n"
    for args in [[], ["-q"], ["-S"], ["-i", "-c", "x = 1"], ["-c", "print('no session')"],
                 ["-"], ["hello.py"], ["-i", "hello.py", "a"]]:
        add(*args, stdin=terminal_input, terminal=True, normalise=("banner",))
    add(stdin="print('startup ran' if 'started' in dir() else 'no startup')\n", terminal=True,
        env={"PYTHONSTARTUP": "startup.py"}, normalise=("banner",))
    add("-E", stdin="print('no startup' if 'started' not in dir() else 'startup ran')\n",
        terminal=True, env={"PYTHONSTARTUP": "startup.py"}, normalise=("banner",))
    return c


def normalise(text, case, interpreter_paths, folder):
    for path in sorted(interpreter_paths, key=len, reverse=True):
        text = text.replace(path, "<python>")
    # Each run has its own temporary folder.
    text = text.replace(folder, "<folder>")
    # The cache tag in __cached__ is Krait's own (sys.implementation.cache_tag).
    text = text.replace(".cpython-311.pyc", ".<tag>.pyc").replace(".krait-311.pyc", ".<tag>.pyc")
    if "thread" in case.normalise:
        text = re.sub(r"Current thread 0x[0-9a-f]+", "Current thread 0x<address>", text)
    lines = text.split("\n")
    if "version" in case.normalise and lines and lines[0]:
        # -V prints "Python 3.11.2" there, Krait its own name and version.
        lines[0] = "<version>"
    if "banner" in case.normalise and lines and lines[0].startswith("Python 3.11.2 ("):
        # The interactive greeting's first line is sys.version: Krait's own.
        lines[0] = "<banner>"
    return "\n".join(lines)


def run(interpreter, case, folder):
    env = dict(BASE_ENV)
    env.update(case.env)
    command = [interpreter] + case.args
    cwd = os.path.join(folder, case.cwd)
    if case.terminal:
        master, slave = pty.openpty()
        proc = subprocess.Popen(command, stdin=slave, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, cwd=cwd)
        os.close(slave)
        os.write(master, case.stdin.encode() + b"\x04")
        stdout_bytes, stderr_bytes = proc.communicate(timeout=120)
        os.close(master)
        proc.stdout, proc.stderr = stdout_bytes, stderr_bytes
    else:
        proc = subprocess.run(command, input=case.stdin.encode(), env=env, cwd=cwd,
                              capture_output=True, timeout=120)
    paths = {interpreter, os.path.realpath(interpreter)}
    stdout = normalise(proc.stdout.decode("utf-8", "backslashreplace"), case, paths, folder)
    stderr = normalise(proc.stderr.decode("utf-8", "backslashreplace"), case, paths, folder)
    if "stderr" in case.normalise:
        stderr = "<not compared>"
    return stdout, stderr, proc.returncode


def make_tree(root):
    for name, text in FILES.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    os.symlink(os.path.join("sub", "show.py"), os.path.join(root, "link.py"))


KNOWN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_cli_failures.txt")
KNOWN_HEADER = """# Invocations whose output still differs from CPython's (tests/frontend/ratchet.py:
# the list only shrinks). -W options with a message, category or module part
# make warnings import re, which needs native modules of issue 6."""


def main():
    all_cases = cases()
    failures = []
    for case in all_cases:
        results = []
        for interpreter in (REFERENCE, KRAIT):
            # A fresh tree per run, so neither sees the other's __pycache__.
            with tempfile.TemporaryDirectory(prefix="krait-cli-") as folder:
                make_tree(folder)
                results.append(run(interpreter, case, folder))
        expected, actual = results
        if expected != actual:
            failures.append((case, expected, actual))
    for case, expected, actual in failures:
        print(f"DIFFERENT: {case.describe()}")
        for label, e, a in zip(("stdout", "stderr", "status"), expected, actual):
            if e != a:
                print(f"  {label} expected: {e!r}")
                print(f"  {label} krait:    {a!r}")
    names = [case.describe() for case in all_cases]
    return ratchet.judge("cli", names, [case.describe() for case, _, _ in failures], KNOWN,
                         KNOWN_HEADER)

if __name__ == "__main__":
    sys.exit(main())
