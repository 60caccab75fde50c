#!/usr/bin/python3.11
"""Rewrite tests/cpython/known_failures.txt from a run of tests/cpython/run_tests.py.

Runs the listed modules under Krait ($KRAIT) with --check and writes every
failing test (and every module that does not complete) with the reason the
runner gives; the header and the `sanitizer:` and `flaky:` entries (see
run_tests.py) are kept as they are. The ratchet then holds the list: run this
only when a change is meant to move it, and review the diff.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KNOWN = os.path.join(ROOT, "tests", "cpython", "known_failures.txt")


def main():
    with open(KNOWN) as f:
        header = [line for line in f if line.startswith("#")]
    saved = open(KNOWN).read()
    kept = [line for line in saved.splitlines(keepends=True)
            if not line.startswith("#") and ("  # sanitizer:" in line or "  # flaky:" in line)]
    kept_names = {line.split("  # ")[0] for line in kept}
    # An empty list makes the runner name every failure.
    with open(KNOWN, "w") as f:
        f.writelines(header)
    try:
        run = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "cpython", "run_tests.py"),
                              "--check", *sys.argv[1:]], capture_output=True, text=True)
    except BaseException:
        with open(KNOWN, "w") as f:
            f.write(saved)
        raise
    sys.stdout.write(run.stdout)
    entries = sorted([line for line in run.stdout.splitlines()
                      if re.match(r"^\S+  # ", line) and line.split("  # ")[0] not in kept_names] +
                     [line.rstrip("\n") for line in kept])
    with open(KNOWN, "w") as f:
        f.writelines(header)
        f.writelines(entry + "\n" for entry in entries)
    print(f"rewrote {KNOWN} with {len(entries)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
