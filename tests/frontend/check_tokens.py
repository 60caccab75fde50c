"""Token parity: `krait --dump-tokens F` against `python3.11 -m tokenize -e F`.

Runs both on every .py file of the standard library (site-packages and
dist-packages excluded) and counts a file as identical when both print the
same standard output, or when both reject it (non-zero exit). Files listed in
known_token_failures.txt may differ; any other difference fails the check, and
so does a listed file that now passes, so the list only shrinks.

Environment (set by ctest): KRAIT, KRAIT_REFERENCE_PYTHON, KRAIT_STDLIB_DIR.
Options: --show-diff prints a unified diff for each failing file;
--write-known-failures rewrites the list from this run.
"""

import difflib
import os
import subprocess
import sys
from multiprocessing.pool import ThreadPool

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN_FAILURES = os.path.join(HERE, "known_token_failures.txt")


def corpus(stdlib):
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "dist-packages"))
        files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))
    return files


def run(command):
    try:
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                timeout=300)
    except subprocess.TimeoutExpired:
        return None, b""
    return result.returncode, result.stdout


def compare(args):
    path, krait, reference = args
    want_rc, want = run([reference, "-m", "tokenize", "-e", path])
    got_rc, got = run([krait, "--dump-tokens", path])
    # A crash or a hang is never a match, even on a file tokenize rejects.
    if got_rc not in (0, 1):
        return False, want, got
    if want_rc != 0 or got_rc != 0:
        return (want_rc != 0 and got_rc != 0), want, got
    return want == got, want, got


def read_known_failures():
    if not os.path.exists(KNOWN_FAILURES):
        return set()
    with open(KNOWN_FAILURES, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def main():
    krait = os.environ["KRAIT"]
    reference = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")
    stdlib = os.environ.get("KRAIT_STDLIB_DIR", "/usr/lib/python3.11")
    files = corpus(stdlib)
    known = read_known_failures()
    failures = []
    with ThreadPool(2) as pool:
        for path, (same, want, got) in zip(
                files, pool.imap(compare, [(f, krait, reference) for f in files])):
            name = os.path.relpath(path, stdlib)
            if not same:
                failures.append(name)
                if "--show-diff" in sys.argv:
                    sys.stdout.writelines(difflib.unified_diff(
                        want.decode("utf-8", "replace").splitlines(True),
                        got.decode("utf-8", "replace").splitlines(True),
                        "python3.11 " + name, "krait " + name, n=1))
    print("token parity: %d/%d files identical" % (len(files) - len(failures), len(files)))
    if "--write-known-failures" in sys.argv:
        with open(KNOWN_FAILURES, "w", encoding="utf-8") as f:
            f.write("# Files whose --dump-tokens output differs from python3.11 -m tokenize -e.\n")
            f.writelines(name + "\n" for name in failures)
        return 0
    new = [name for name in failures if name not in known]
    fixed = sorted(known - set(failures))
    for name in new:
        print("NEW FAILURE:", name)
    for name in fixed:
        print("NOW PASSES (remove it from known_token_failures.txt):", name)
    return 1 if new or fixed else 0


if __name__ == "__main__":
    sys.exit(main())
