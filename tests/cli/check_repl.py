#!/usr/bin/env python3
"""The interactive interpreter against CPython's.

Terminal sessions run each interpreter on a real pseudo-terminal (TERM=dumb,
80x24): the keys of a session are typed one step at a time, each step waiting
for the prompt (or the echo) it should bring, with a timeout, so that nothing
can hang; the whole transcript the terminal shows and the exit status must be
identical. Sessions with standard input not a terminal (`-i` with a pipe)
compare stdout, stderr and the exit status byte for byte, and once more with
stderr sent into stdout, which checks how prompts and output interleave.
Prints `repl: N/N identical` and exits 1 on any difference, showing it."""

import difflib
import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

REFERENCE = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")
KRAIT = os.path.abspath(os.environ.get("KRAIT", "build/release/krait"))

STEP_TIMEOUT = 10.0
# After the awaited text, how long to wait for anything that should not come.
SETTLE = 0.05

PROMPTS = (b">>> ", b"... ")


def environment(home):
    # HOME is a fresh folder: CPython's site saves its readline history
    # there, and neither line editor may read a user's init file.
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "TERM": "dumb", "LANG": "C.UTF-8",
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
    # The sanitizer flavour's settings (DESIGN §5) pass through.
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def normalise(transcript):
    # The banner's first line names the implementation, its version and its
    # build ("Python 3.11.2 (main, <date>) [GCC …]" against Krait's own line);
    # everything after it must be the same.
    for name in (b"Python ", b"Krait "):
        if transcript.startswith(name):
            end = transcript.find(b"\n")
            if end >= 0:
                return b"<banner line>" + transcript[end:]
    return transcript


# A terminal session: (keys to type, what the output then ends with[, seconds
# to wait before typing]). None waits for the process to end.
def typed(*lines, until=PROMPTS):
    return [(line.encode(), until) for line in lines]


TERMINAL_SESSIONS = {
    "plain start": ([], typed(
        "1 + 1\n",
        "x = 6 * 7\n",
        "_\n",
        "x\n",
        "_ + 1\n",
        "None\n",
        "def twice(n):\n",
        "    return n * 2\n",
        "\n",
        "twice(21)\n",
        "for i in range(3):\n",
        "    print(i, end=' ')\n",
        "\n",
        "1 / 0\n",
        "def fails():\n",
        "    return undefined_name\n",
        "\n",
        "fails()\n",
        "x = = 1\n",
        "if x:\n",
        "    y = = 2\n",
        "print('no newline', end='')\n",
        "# a comment\n",
        "\n",
        "(1,\n",
        "2)\n",
    ) + [(b"abc", (b"abc",)), (b"\x03", PROMPTS)] + typed(
        "for i in range(3):\n",
    ) + [(b"\x03", PROMPTS)] + typed("'after interrupts'\n") + [(b"\x04", None)]),
    # The interrupt comes once the statement runs (the terminal echoes ^C
    # then, in its ordinary mode), hence the pause before it.
    "interrupting a statement": (["-q"], typed("while True: pass\n") +
                                 [(b"\n", (b"\n",)), (b"\x03", PROMPTS, 0.3)] +
                                 typed("'still here'\n") + [(b"\x04", None)]),
    "quiet, SystemExit": (["-q"], typed("import sys\n") + typed("sys.exit(3)\n", until=None)),
    "end of input inside a block": (["-q"], typed("if True:\n", "    print('body')\n") +
                                    [(b"\x04", PROMPTS), (b"\x04", None)]),
    "prompts changed": (["-q"], typed("import sys\n") +
                        typed("sys.ps1 = 'py> '\n", until=(b"py> ",)) +
                        typed("sys.ps2 = 42\n", until=(b"py> ",)) +
                        typed("if 1:\n", until=(b"42",)) +
                        typed("  pass\n", until=(b"42",)) +
                        typed("\n", until=(b"py> ",)) + [(b"\x04", None)]),
    "-i after a command": (["-i", "-c", "value = 'from -c'"],
                           typed("value\n") + [(b"\x04", None)]),
}


class Terminal:
    """The parent side of a pseudo-terminal and what it has shown so far."""

    def __init__(self, fd):
        self.fd = fd
        self.transcript = b""

    def read_until(self, endings):
        """Reads until the transcript ends with one of `endings` (with None:
        until the terminal closes); False on timeout."""
        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            done = endings is not None and self.transcript.endswith(endings)
            timeout = SETTLE if done else deadline - time.monotonic()
            if timeout <= 0:
                return False
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                return done
            try:
                data = os.read(self.fd, 4096)
            except OSError:  # EIO: the session's side is closed
                data = b""
            if not data:
                return endings is None
            self.transcript += data


def run_terminal(interpreter, arguments, steps, home):
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.chdir(home)
            os.execve(interpreter, [interpreter] + arguments, environment(home))
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    terminal = Terminal(fd)
    problems = []
    if not terminal.read_until(PROMPTS):
        problems.append("no first prompt")
    for keys, endings, *pause in steps if not problems else []:
        if pause:
            time.sleep(pause[0])
        os.write(fd, keys)
        if not terminal.read_until(endings):
            problems.append(f"timeout after {keys!r}")
            break
    deadline = time.monotonic() + STEP_TIMEOUT
    status = None
    while status is None and time.monotonic() < deadline:
        finished, raw = os.waitpid(pid, os.WNOHANG)
        if finished:
            status = os.waitstatus_to_exitcode(raw)
        else:
            time.sleep(0.02)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        problems.append("did not exit")
    os.close(fd)
    return normalise(terminal.transcript), status, problems


# Sessions on a pipe: (arguments, standard input).
PIPED_SESSIONS = {
    "statements": (["-i"], (
        "1 + 1\nx = 6 * 7\n_\nx\n_ + 1\nNone\n"
        "def twice(n):\n    return n * 2\n\ntwice(21)\n"
        "for i in range(3):\n    print(i, end=' ')\n\n"
        "1 / 0\n"
        "def fails():\n    return undefined_name\n\nfails()\n"
        "x = = 1\n"
        "if x:\n    y = = 2\n"
        "print('no newline', end='')\n"
        "'after'\n")),
    "quiet": (["-i", "-q"], "print('q')\n"),
    "blank and comment lines": (["-i", "-q"], (
        "\n   \n# comment\n  # indented comment\n"
        "if 1:\n    a = 1\n    \n    # inside\n    b = 2\n\n(a, b)\n")),
    "compound statements": (["-i", "-q"], (
        "@staticmethod\ndef decorated(): pass\n\n"
        "class C:\n    def m(self):\n        return 'm'\n\n    n = 1\n\nC().m(), C.n\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    print('caught')\nelse:\n"
        "    print('no')\nfinally:\n    print('finally')\n\n"
        "if 1: print('one line')\n\n"
        "while False:\n    pass\nelse:\n    print('while else')\n\n"
        "x = 1; y = 2\n(x, y)\n"
        "if 1:\n    pass\nz = 3\n"
        "z\n")),
    "continuation lines": (["-i", "-q"], (
        "[1,\n\n 2,\n    3]\n"
        "'''first\nsecond'''\n"
        "1 + \\\n2\n"
        "'single \\\nquoted'\n"
        "f'{1 +\n1}'\n")),
    "lexical and indentation errors": (["-i", "-q"], (
        "  x = 1\n"
        "x = )\n"
        "'unterminated\n"
        "if 1:\nprint('no block')\n"
        "def f():\n        a = 1\n    b = 2\n"
        "return 5\n"
        "'still running'\n")),
    "results and _": (["-i", "-q"], (
        "import sys\n"
        "_ = 'kept'\n_\n"
        "sys.displayhook(5)\n"
        "del _\n"
        "7\n_\n"
        "sys.displayhook = lambda v: print('hook', repr(v))\n"
        "8\n")),
    "exceptions": (["-i", "-q"], (
        "def outer():\n    inner()\n\ndef inner():\n    raise ValueError('deep')\n\n"
        "outer()\n"
        "import sys\nsys.last_type.__name__, str(sys.last_value)\n"
        "raise KeyError('k') from None\n"
        "try:\n    1/0\nexcept Exception as e:\n    raise RuntimeError('again')\n\n"
        "'alive'\n")),
    "SystemExit status": (["-i", "-q"], "print('before')\nraise SystemExit(3)\nprint('after')\n"),
    "SystemExit negative": (["-i", "-q"], "import sys\nsys.exit(-1)\n'after'\n"),
    "future import kept": (["-i", "-q"], (
        "from __future__ import annotations\ndef f(x: undefined): pass\n\nf.__annotations__\n")),
    "SystemExit message": (["-i", "-q"], "raise SystemExit('bye')\n"),
    "KeyboardInterrupt last": (["-i", "-q"], "raise KeyboardInterrupt\n"),
    "KeyboardInterrupt earlier": (["-i", "-q"], "raise KeyboardInterrupt\n1\n"),
    "end inside a block": (["-i", "-q"], "if 1:\n    print('ran')\n"),
    "end after an if": (["-i", "-q"], "if 1:\n"),
    "end inside brackets": (["-i", "-q"], "(1,\n"),
    "end inside a string": (["-i", "-q"], "'''open\n"),
    "last line without newline": (["-i", "-q"], "print('last')"),
    "prompts changed": (["-i", "-q"], (
        "import sys\nsys.ps1 = 42\nsys.ps2 = None\nif 1:\n  pass\n\n"
        "class Bad:\n    def __str__(self):\n        raise ValueError\n\n"
        "sys.ps1 = Bad()\n1\n")),
    "after a command": (["-i", "-c", "value = 'from -c'"], "value\n"),
}


def run_piped(interpreter, arguments, text, home, combined):
    run = subprocess.run([interpreter] + arguments, input=text.encode(), cwd=home,
                         env=environment(home), stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT if combined else subprocess.PIPE,
                         timeout=STEP_TIMEOUT)
    return normalise(run.stdout), normalise(run.stderr or b""), run.returncode


def show_difference(name, want, got):
    print(f"--- {name}: differs")
    for label, a, b in zip(("stdout", "stderr", "status"), want, got):
        if a == b:
            continue
        if isinstance(a, bytes):
            for line in difflib.unified_diff(a.decode("utf-8", "replace").splitlines(True),
                                             b.decode("utf-8", "replace").splitlines(True),
                                             f"{label} (CPython)", f"{label} (Krait)"):
                sys.stdout.write(line if line.endswith("\n") else line + "\n")
        else:
            print(f"{label}: CPython {a!r}, Krait {b!r}")


def main():
    total = identical = 0
    with tempfile.TemporaryDirectory() as home:
        for name, (arguments, steps) in TERMINAL_SESSIONS.items():
            total += 1
            want_text, want_status, want_problems = run_terminal(REFERENCE, arguments, steps, home)
            got_text, got_status, got_problems = run_terminal(KRAIT, arguments, steps, home)
            if want_problems:
                print(f"--- terminal {name}: CPython's session went wrong: {want_problems}")
            elif (want_text, want_status) == (got_text, got_status) and not got_problems:
                identical += 1
                continue
            if got_problems:
                print(f"--- terminal {name}: {got_problems}")
            show_difference(f"terminal {name}", (want_text, b"", want_status),
                            (got_text, b"", got_status))
        for name, (arguments, text) in PIPED_SESSIONS.items():
            for combined in (False, True):
                total += 1
                label = f"piped {name}" + (" (2>&1)" if combined else "")
                want = run_piped(REFERENCE, arguments, text, home, combined)
                got = run_piped(KRAIT, arguments, text, home, combined)
                if want == got:
                    identical += 1
                else:
                    show_difference(label, want, got)
    print(f"repl: {identical}/{total} identical")
    return 0 if identical == total else 1


if __name__ == "__main__":
    sys.exit(main())
