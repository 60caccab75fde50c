#!/usr/bin/env python3
"""The built-in types' attribute sets: dir(T) under Krait equals CPython's.

Runs dir_probe.py under the reference interpreter and under Krait and prints,
for each type whose dir() differs, the names only one of them has. Any
difference fails the check: there is no known-failures list.

Usage: KRAIT=build/release/krait tests/builtins/check_dir.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The test programs' fixed environment (PATH, LANG, PYTHONHASHSEED=0 …).
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "programs"))
import program_harness  # noqa: E402
PROBE = os.path.join(HERE, "dir_probe.py")


def probe(interpreter):
    run = subprocess.run([interpreter, PROBE], capture_output=True,
                         env=program_harness.environment(), timeout=120)
    if run.returncode != 0:
        sys.stdout.write(run.stderr.decode("utf-8", "replace"))
        sys.exit(f"{interpreter} {PROBE} exited with status {run.returncode}")
    listing = {}
    for line in run.stdout.decode("utf-8").splitlines():
        label, _, names = line.partition(": ")
        listing[label] = names
    return listing


def attribute_set(names):
    if names.startswith("cannot be reached"):
        return None
    return set(names.split())


def main():
    krait = os.environ.get("KRAIT") or sys.exit("set KRAIT to the krait binary")
    reference = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")
    want, got = probe(reference), probe(krait)
    differing = 0
    for label, names in want.items():
        expected = attribute_set(names)
        actual = attribute_set(got.get(label, "cannot be reached: not listed"))
        if expected == actual:
            continue
        differing += 1
        if actual is None:
            print(f"{label}: {got.get(label, 'not listed')}")
            continue
        missing = " ".join(sorted(expected - actual)) or "-"
        extra = " ".join(sorted(actual - expected)) or "-"
        print(f"{label}: missing {missing}; extra {extra}")
    for label in sorted(set(got) - set(want)):
        differing += 1
        print(f"{label}: listed by Krait only")
    print(f"dir parity: {len(want) - differing}/{len(want)} types identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
