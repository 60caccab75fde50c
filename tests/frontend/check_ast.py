#!/usr/bin/python3.11
"""AST parity: `krait --dump-ast F` against CPython's ast.dump for every .py
file of the standard library.

Where CPython accepts a file, the two dumps must be identical; where it
rejects it, Krait must fail with the same error type at the same line.
Options: --update-known-failures, --show FILE (print a diff), FILE... (check
only these).
"""
import ast
import difflib
import multiprocessing
import os
import re
import subprocess
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ratchet  # noqa: E402

KNOWN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_ast_failures.txt")
HEADER = ("# Files of the stdlib corpus whose `krait --dump-ast` differs from CPython's;\n"
          "# maintained by check_ast.py --update-known-failures. Only ever shrinks.")


def reference(path):
    """What the issue's reference command prints for `path`, or the error."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, path)
    except SyntaxError as e:
        return ("error", type(e).__name__, e.lineno)
    except (ValueError, RecursionError, MemoryError) as e:
        return ("error", type(e).__name__, None)
    return ("ok", ast.dump(tree, include_attributes=True, indent=1) + "\n")


def run_krait(path):
    proc = subprocess.run([ratchet.krait_binary(), "--dump-ast", path],
                          capture_output=True, timeout=120)
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode == 0:
        return ("ok", out)
    kind, line = None, None
    m = re.search(r'^(\w+): ', err.strip().splitlines()[-1] if err.strip() else "")
    if m:
        kind = m.group(1)
    m = re.search(r'File ".*", line (\d+)', err)
    if m:
        line = int(m.group(1))
    return ("error", kind, line, err)


def compare(path):
    ref = reference(path)
    try:
        got = run_krait(path)
    except subprocess.TimeoutExpired:
        return path, False, "timeout"
    if ref[0] == "ok":
        return path, got == ref, None
    return path, got[0] == "error" and got[1:3] == ref[1:3], None


def show(path):
    ref = reference(path)
    got = run_krait(path)
    if ref[0] == "ok" and got[0] == "ok":
        sys.stdout.writelines(difflib.unified_diff(
            ref[1].splitlines(True), got[1].splitlines(True), "cpython", "krait", n=8))
    else:
        print("cpython:", ref if ref[0] == "error" else "ok")
        print("krait:  ", got if got[0] == "error" else "ok")


def main(argv):
    if "--show" in argv:
        show(argv[argv.index("--show") + 1])
        return 0
    update = "--update-known-failures" in argv
    files = [a for a in argv if not a.startswith("--")] or ratchet.corpus_files()
    with multiprocessing.Pool(2) as pool:
        results = pool.map(compare, files, chunksize=8)
    failures = [path for path, ok, _ in results if not ok]
    return ratchet.judge("ast parity", files, failures, KNOWN, HEADER, update)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
