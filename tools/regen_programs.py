#!/usr/bin/python3.11
"""Regenerate the expectations of the test programs in tests/programs/.

For each program `tests/programs/<area>/<name>.py` this runs the reference
interpreter /usr/bin/python3.11 exactly as tests/programs/check_programs.py
runs Krait (tests/programs/program_harness.py holds the invocation: cwd
tests/programs, the relative path `<area>/<name>.py`, a clean environment,
stdin from /dev/null, the `# args:` / `# stdin:` header) and writes
`<name>.stdout`, `<name>.stderr` and `<name>.status` next to it.  Files whose
content does not change are not rewritten.

Usage: tools/regen_programs.py [-j N] [PATH...]
  PATH   programs or area folders (relative to tests/programs, or paths);
         default: every program.
A program that runs longer than 60 s is reported and its expectations are not
written; the script then exits 1.
"""
import argparse
import concurrent.futures
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "tests", "programs"))
import program_harness as harness  # noqa: E402

TIMEOUT = 60


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2, help="parallel runs")
    ap.add_argument("paths", nargs="*")
    opts = ap.parse_args()

    programs = harness.select(harness.all_programs(), opts.paths)
    if not programs:
        sys.exit("no programs match")
    failed = []

    def one(rel):
        return rel, harness.run([harness.REFERENCE_PYTHON], rel, TIMEOUT)

    changed = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.j)) as pool:
        for rel, result in pool.map(one, programs):
            if result.timed_out:
                print(f"TIMEOUT (> {TIMEOUT} s), not recorded: {rel}")
                failed.append(rel)
                continue
            before = harness.read_expected(rel)
            harness.write_expected(rel, result)
            if (before is None or before.stdout != result.stdout
                    or before.stderr != result.stderr or before.status != result.status):
                changed += 1
                print(f"updated: {rel} (status {result.status})")
    print(f"regenerated {len(programs) - len(failed)} programs, {changed} changed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
