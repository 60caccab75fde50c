#!/usr/bin/python3.11
"""Run every test program under Krait and compare with CPython's recorded output.

Each program `tests/programs/<area>/<name>.py` is run as `$KRAIT <area>/<name>.py`
exactly as tools/regen_programs.py ran the reference interpreter (see
program_harness.py: cwd tests/programs, clean environment, stdin /dev/null,
`# args:` / `# stdin:` header).  Its stdout, stderr and exit status must equal
`<name>.stdout`, `<name>.stderr` and `<name>.status` byte for byte.  A program
running longer than 30 s (60 s when KRAIT_SANITIZED is set) fails.

For each failure one line tells what differs first (status, or the first
differing line of stdout / stderr).  Then

    programs: N passed, M failed

(M counts every failure, known or not) and the verdict of the ratchet
(tests/frontend/ratchet.py) against tests/programs/known_failures.txt: a
failure not listed fails the check, and so does a listed program that passes
(the list only shrinks) or that no longer exists.

Usage: check_programs.py [-j N] [--update] [--krait PATH] [PATH...]
  PATH      programs or area folders (relative to tests/programs, or paths)
  --update  rewrite known_failures.txt with the current failures (of the
            programs run; entries for programs not run are kept)
"""
import argparse
import concurrent.futures
import contextlib
import io
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "frontend"))
import program_harness as harness  # noqa: E402
import ratchet  # noqa: E402

KNOWN = os.path.join(HERE, "known_failures.txt")
HEADER = """\
# Test programs (tests/programs) that Krait does not yet run exactly as CPython.
# One path (relative to tests/programs) a line.  The list only shrinks: a program
# not listed that fails, or a listed one that passes, fails the check.
# Rewrite with: tests/programs/check_programs.py --update"""
SHOW = 160  # characters of a differing line shown


def first_difference(what, expected, actual):
    exp_lines = expected.split(b"\n")
    act_lines = actual.split(b"\n")
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        a = act_lines[i] if i < len(act_lines) else None
        if e != a:
            def show(x):
                if x is None:
                    return "<end>"
                text = repr(x.decode("utf-8", "backslashreplace"))
                return text if len(text) <= SHOW else text[:SHOW] + "..."
            return f"{what} line {i + 1}: expected {show(e)}, got {show(a)}"
    return f"{what} differs"  # unreachable: equal splits mean equal bytes


def compare(rel, expected, actual, timeout):
    """None when identical, else a one-line description of the difference."""
    if expected is None:
        return "no expectations recorded (run tools/regen_programs.py)"
    if actual.timed_out:
        return f"timed out after {timeout} s"
    if actual.status != expected.status:
        detail = ""
        if actual.stderr != expected.stderr:
            last = actual.stderr.rstrip(b"\n").split(b"\n")[-1]
            detail = f"; stderr ends {last.decode('utf-8', 'backslashreplace')[:SHOW]!r}"
        return f"status: expected {expected.status}, got {actual.status}{detail}"
    if actual.stdout != expected.stdout:
        return first_difference("stdout", expected.stdout, actual.stdout)
    if actual.stderr != expected.stderr:
        return first_difference("stderr", expected.stderr, actual.stderr)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-j", type=int, default=2, help="parallel runs (default 2)")
    ap.add_argument("--update", action="store_true", help="rewrite known_failures.txt")
    ap.add_argument("--krait", help="the krait binary (default: $KRAIT)")
    ap.add_argument("paths", nargs="*")
    opts = ap.parse_args()

    krait = os.path.abspath(opts.krait) if opts.krait else os.path.abspath(ratchet.krait_binary())
    timeout = 60 if os.environ.get("KRAIT_SANITIZED") else 30
    every = harness.all_programs()
    programs = harness.select(every, opts.paths)
    if not programs:
        sys.exit("no programs match")
    if os.environ.get("KRAIT_SANITIZED"):
        for rel in programs:
            reason = harness.unsanitized_reason(rel)
            if reason:
                print(f"not run in the sanitizer build: {rel}: {reason}")
        programs = [rel for rel in programs if not harness.unsanitized_reason(rel)]
    known = ratchet.read_known(KNOWN)

    def one(rel):
        return rel, harness.run([krait], rel, timeout)

    failures = []
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.j)) as pool:
        for rel, actual in pool.map(one, programs):
            why = compare(rel, harness.read_expected(rel), actual, timeout)
            if why is not None:
                failures.append(rel)
                mark = "known" if rel in known else "NEW"
                print(f"FAIL ({mark}) {rel}: {why}", flush=True)

    passed = len(programs) - len(failures)
    # The ratchet prints "programs: P/T identical (x%)" first; our own count
    # line takes its place, then come its NEW FAILURE / NOW PASSES lines and
    # its verdict.
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        status = ratchet.judge("programs", programs, failures, KNOWN, HEADER, update=opts.update)
    lines = buf.getvalue().splitlines()
    print(f"programs: {passed} passed, {len(failures)} failed")
    verdict = lines[1:]

    # Entries naming no program at all (renamed or deleted programs).
    gone = sorted(ratchet.read_known(KNOWN) - set(every))
    if gone and not opts.paths:
        if opts.update:
            ratchet.write_known(KNOWN, ratchet.read_known(KNOWN) & set(every), HEADER)
            verdict = [line.replace(f"with {len(ratchet.read_known(KNOWN)) + len(gone)} entries",
                                    f"with {len(ratchet.read_known(KNOWN))} entries")
                       for line in verdict]
        else:
            for name in gone:
                print(f"NO SUCH PROGRAM (remove it from known_failures.txt): {name}")
            if status == 0:
                verdict = [f"programs: FAILED ({len(gone)} entries name no program)"]
            status = 1
    for line in verdict:
        print(line)
    return status


if __name__ == "__main__":
    sys.exit(main())
