"""Krait imports every standard-library module that CPython imports here.

importable_modules.txt (written by tools/gen_stdlib_modules.py, which runs
CPython) names them. Each is imported by Krait in a process of its own, under
the conditions the list was made in: isolated mode, no site, and the C
modules outside issue 6 blocked. A module that fails and is not in
known_import_failures.txt fails the check, and so does a listed module that
now imports (tests/frontend/ratchet.py: the list only shrinks).

Usage: check_imports.py [--update] [MODULE...]   (default: the whole list)
--update rewrites the list from this run, each entry with the error it raised.
"""
import os
import subprocess
import sys
from multiprocessing.pool import ThreadPool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "frontend"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "tools"))
import ratchet  # noqa: E402
import gen_stdlib_modules as generator  # noqa: E402

KNOWN = os.path.join(HERE, "known_import_failures.txt")
HEADER = """# Standard-library modules Krait does not import yet, each with the reason
# (tests/frontend/ratchet.py: the list only shrinks)."""
TIMEOUT = 120


def listed_modules():
    with open(os.path.join(HERE, "importable_modules.txt"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def import_error(krait, name):
    """None when Krait imports `name`, else the last line it printed."""
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    try:
        run = subprocess.run([krait, "-I", "-S", "-c", generator.IMPORT_SCRIPT, name]
                             + generator.OUT_OF_SCOPE, capture_output=True, text=True,
                             errors="replace", timeout=TIMEOUT, env=env,
                             stdin=subprocess.DEVNULL, cwd="/")
    except subprocess.TimeoutExpired:
        return f"timed out after {TIMEOUT} s"
    if run.returncode == 0:
        return None
    lines = run.stdout.strip().splitlines() or run.stderr.strip().splitlines()
    return (lines or [f"exit status {run.returncode}"])[-1]


def main(argv):
    update = "--update" in argv
    argv = [arg for arg in argv if arg != "--update"]
    krait = os.path.abspath(ratchet.krait_binary())
    names = argv or listed_modules()
    with ThreadPool(2) as pool:
        errors = dict(zip(names, pool.map(lambda name: import_error(krait, name), names)))
    failures = [name for name in names if errors[name] is not None]
    if update:
        return ratchet.judge("stdlib imports", names, [f"{name}  # {errors[name]}" for name in failures],
                             KNOWN, HEADER, update=True, passing="import")
    known = ratchet.read_known(KNOWN)
    for name in failures:
        if name not in known:
            print(f"{name}  # {errors[name]}")
    return ratchet.judge("stdlib imports", names, failures, KNOWN, HEADER,
                         passing="import")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
