"""How a test program is run: shared by tools/regen_programs.py (which runs the
reference interpreter and records the expectations) and check_programs.py
(which runs Krait and compares), so both use exactly the same invocation.

A program `tests/programs/<area>/<name>.py` is run as

    INTERPRETER [ARGS...] <area>/<name>.py [PROGRAM ARGS...]

with the working directory tests/programs (so tracebacks read
`File "<area>/<name>.py"`), stdin from /dev/null, and an environment holding
only PATH, LANG=C.UTF-8, PYTHONHASHSEED=0 and PYTHONDONTWRITEBYTECODE=1.

Optional header comments, in the leading block of `#` lines of the program:

    # args: a b 'c d'     extra command-line arguments (shell-style quoting)
    # stdin: name.txt     feed this file (relative to the program's folder) as stdin
    # unsanitized: WHY    not run in the sanitizer build (KRAIT_SANITIZED set), for
                          the reason given: a result that depends on what the
                          conservative collector finds on the C stack, which the
                          sanitizer's frames keep stale words in

CPython 3.11 makes the script's path absolute (`__main__.__file__`, the
`File "..."` lines of tracebacks), so the output names the checkout's location.
To keep expectations independent of it, every occurrence of the absolute path
of tests/programs in stdout and stderr is replaced by `{PROGRAMS_DIR}` (the same
way for the reference and for Krait): a traceback line reads
`File "{PROGRAMS_DIR}/<area>/<name>.py"`, and an interpreter printing a
relative path instead still differs.

Next to each program are its expectations: `<name>.stdout`, `<name>.stderr`
(bytes, exactly as printed) and `<name>.status` (the exit status as text and a
newline; a negative number is a signal).
"""
import os
import shlex
import subprocess

PROGRAMS_DIR = os.path.dirname(os.path.abspath(__file__))
REFERENCE_PYTHON = "/usr/bin/python3.11"
PLACEHOLDER = b"{PROGRAMS_DIR}"


def all_programs():
    """Every program, as a path relative to PROGRAMS_DIR, sorted.

    Programs live in area folders (any depth); .py files directly in
    PROGRAMS_DIR are the harness itself."""
    found = []
    for entry in sorted(os.listdir(PROGRAMS_DIR)):
        top = os.path.join(PROGRAMS_DIR, entry)
        if not os.path.isdir(top) or entry.startswith((".", "_")):
            continue
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames
                                 if not d.startswith((".", "_")))
            for name in sorted(filenames):
                if name.endswith(".py"):
                    rel = os.path.relpath(os.path.join(dirpath, name), PROGRAMS_DIR)
                    found.append(rel.replace(os.sep, "/"))
    return sorted(found)


def select(programs, filters):
    """The programs matching any filter: a program or a folder, given relative
    to PROGRAMS_DIR or as a path (absolute or relative to the current
    directory) inside it."""
    if not filters:
        return list(programs)
    prefixes = []
    for f in filters:
        if os.path.exists(f):
            rel = os.path.relpath(os.path.abspath(f), PROGRAMS_DIR)
        else:
            rel = f
        rel = rel.replace(os.sep, "/").rstrip("/")
        if rel in (".", ""):
            return list(programs)
        prefixes.append(rel)
    chosen = [p for p in programs
              if any(p == x or p.startswith(x + "/") for x in prefixes)]
    return chosen


def read_header(rel):
    """(args, stdin path or None) from the program's leading comment block."""
    args, stdin = [], None
    with open(os.path.join(PROGRAMS_DIR, rel), encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if body.startswith("args:"):
                args = shlex.split(body[len("args:"):])
            elif body.startswith("stdin:"):
                name = body[len("stdin:"):].strip()
                stdin = os.path.join(PROGRAMS_DIR, os.path.dirname(rel), name)
    return args, stdin


def unsanitized_reason(rel):
    """Why the program is not run in the sanitizer build, or None."""
    with open(os.path.join(PROGRAMS_DIR, rel), encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if body.startswith("unsanitized:"):
                return body[len("unsanitized:"):].strip()
    return None


def environment():
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def normalise(data):
    """`data` with the absolute path of tests/programs replaced by PLACEHOLDER."""
    for d in sorted({os.path.realpath(PROGRAMS_DIR), os.path.abspath(PROGRAMS_DIR)},
                    key=len, reverse=True):
        data = data.replace(os.fsencode(d), PLACEHOLDER)
    return data


class Result:
    def __init__(self, stdout, stderr, status, timed_out=False):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.timed_out = timed_out


def run(interpreter, rel, timeout):
    """Runs program `rel` with `interpreter` (a list: binary and its own
    options) and returns a Result (bytes stdout/stderr, normalised, and the
    int status)."""
    args, stdin_path = read_header(rel)
    command = list(interpreter) + [rel] + args
    stdin = open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb")
    try:
        proc = subprocess.Popen(command, cwd=PROGRAMS_DIR, env=environment(),
                                stdin=stdin, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, 9)
            except ProcessLookupError:
                pass
            out, err = proc.communicate()
            return Result(normalise(out), normalise(err), proc.returncode, timed_out=True)
        return Result(normalise(out), normalise(err), proc.returncode)
    finally:
        stdin.close()


def expectation_paths(rel):
    base = os.path.join(PROGRAMS_DIR, rel[:-len(".py")])
    return base + ".stdout", base + ".stderr", base + ".status"


def read_expected(rel):
    """The recorded Result, or None when an expectation file is missing."""
    out_p, err_p, st_p = expectation_paths(rel)
    try:
        with open(out_p, "rb") as f:
            out = f.read()
        with open(err_p, "rb") as f:
            err = f.read()
        with open(st_p, encoding="ascii") as f:
            status = int(f.read().strip())
    except (OSError, ValueError):
        return None
    return Result(out, err, status)


def write_expected(rel, result):
    out_p, err_p, st_p = expectation_paths(rel)
    for path, data in ((out_p, result.stdout), (err_p, result.stderr),
                       (st_p, f"{result.status}\n".encode("ascii"))):
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old != data:
            with open(path, "wb") as f:
                f.write(data)
