#!/usr/bin/python3.11
"""Runs CPython 3.11's own test modules, unmodified, under Krait.

The modules are those of Debian's libpython3.11-testsuite (/usr/lib/python3.11/test).
Each runs in a process of its own, in a fresh temporary working directory,
with a timeout, through unittest_driver.py; this prints, per module, the tests
run, passed, failed, errors and skipped, then the totals.

  run_tests.py [MODULE...]        the modules named (default: modules.txt)
  --check                         judge against known_failures.txt: a failing
                                  test (or a module that does not complete)
                                  not listed there, and a listed one that now
                                  passes, fail the run (the list only shrinks)
  --reference                     also run each module under /usr/bin/python3.11
                                  and name the tests skipped only under Krait
  --timeout S                     per module (default: modules.txt's, else 600)
  --logs DIR                      keep each module's stderr as DIR/MODULE.log
  -j N                            modules run at once (default 2)

modules.txt holds one module a line, optionally followed by `timeout=S` and by
`sanitized`: under the sanitizer build (KRAIT_SANITIZED=1 in the environment),
which runs Python code many times slower, only the modules marked `sanitized`
run by default.
known_failures.txt holds `TEST-ID  # reason` lines (a test that fails or
errors), or `test_x  # reason` for a module that does not complete (it
cannot be imported, crashes or times out). A reason starting `sanitizer:` marks a
test that depends on when the collector frees an object (weak references,
finalisers) and that the sanitizer build's interpreter frame, which keeps every
temporary in a stack slot of its own, can hold alive: under the sanitizer build
it is run and counted but not judged; in the Release build the entry does not
count, so the test must pass there. A reason starting `flaky:` marks a test
seen both passing and failing on the same commit (the collector is
conservative): it is run and counted but not judged in either build.
Krait is the binary named by $KRAIT (default build/release/krait).
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DRIVER = os.path.join(HERE, "unittest_driver.py")
REFERENCE = "/usr/bin/python3.11"
DEFAULT_TIMEOUT = 600
sys.path.insert(0, os.path.join(ROOT, "tests", "frontend"))
import ratchet  # noqa: E402

KNOWN = os.path.join(HERE, "known_failures.txt")
HEADER = """# Tests of CPython's suite that fail under Krait, each with its reason
# (tests/cpython/run_tests.py --check: the list only shrinks)."""


class ModuleRun:
    def __init__(self, name):
        self.name = name
        self.status = {}        # test id -> pass/fail/error/skip/xfail/xpass
        self.summary = {}       # test id -> the first line of its exception
        self.complete = False
        self.problem = ""       # why the run did not complete

    def count(self, *statuses):
        return sum(1 for s in self.status.values() if s in statuses)

    def failures(self):
        return sorted(t for t, s in self.status.items() if s in ("fail", "error", "xpass"))


def read_modules(path, sanitized):
    """The listed modules (those marked `sanitized` when `sanitized`) and their timeouts."""
    modules = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            words = line.split("#")[0].split()
            if not words or (sanitized and "sanitized" not in words[1:]):
                continue
            options = dict(word.split("=", 1) for word in words[1:] if "=" in word)
            modules[words[0]] = int(options.get("timeout", DEFAULT_TIMEOUT))
    return modules


def run_module(interpreter, name, timeout, logs):
    run = ModuleRun(name)
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": os.environ.get("HOME", "/root"),
           "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.TemporaryDirectory(prefix=f"krait-{name}-") as folder:
        results = os.path.join(folder, "results.txt")
        work = os.path.join(folder, "cwd")
        os.mkdir(work)
        log_path = os.path.join(logs if logs else folder, name + ".log")
        with open(log_path, "wb") as log:
            try:
                process = subprocess.run([interpreter, DRIVER, name, results], cwd=work, env=env,
                                         stdin=subprocess.DEVNULL, stdout=log,
                                         stderr=subprocess.STDOUT, timeout=timeout)
                code = process.returncode
            except subprocess.TimeoutExpired:
                code = None
        if os.path.exists(results):
            with open(results, encoding="utf-8", errors="replace") as f:
                for line in f:
                    status, test_id, summary = (line.rstrip("\n").split("\t") + ["", ""])[:3]
                    if status == "done":
                        run.complete = True
                    elif test_id.endswith(" (import)"):
                        run.problem = "does not import: " + summary
                    else:
                        run.status[test_id] = status
                        run.summary[test_id] = summary
        if code is None:
            run.complete, run.problem = False, f"timed out after {timeout} s"
        elif not run.complete and not run.problem:
            with open(log_path, encoding="utf-8", errors="replace") as log:
                last = (log.read().strip().splitlines() or [""])[-1][:160]
            run.problem = f"ended early, exit status {code}: {last}"
    return run


def module_of(case):
    """The test module a case belongs to: `test_x` for `test.test_x.Class.test_y`."""
    parts = case.replace("(", " ").split()[-1].split(".") if "." in case else [case]
    return parts[1] if len(parts) > 1 else parts[0]


def print_table(runs):
    print(f"{'module':28} {'run':>6} {'passed':>6} {'failed':>6} {'errors':>6} {'skipped':>7}")
    totals = [0] * 5
    for run in runs:
        counts = [len(run.status) - run.count("skip"), run.count("pass", "xfail"),
                  run.count("fail", "xpass"), run.count("error"), run.count("skip")]
        totals = [a + b for a, b in zip(totals, counts)]
        note = "" if run.complete else f"  ({run.problem})"
        print(f"{run.name:28} {counts[0]:6} {counts[1]:6} {counts[2]:6} {counts[3]:6} "
              f"{counts[4]:7}{note}")
    print(f"{'total':28} {totals[0]:6} {totals[1]:6} {totals[2]:6} {totals[3]:6} {totals[4]:7}")
    whole = sum(1 for run in runs if run.complete and not run.failures())
    print(f"{whole}/{len(runs)} modules pass completely")


def read_marked_entries(path, mark):
    """The entries of the known-failures list whose reason starts `mark`."""
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, _, reason = line.partition("  # ")
            if not line.startswith("#") and reason.startswith(mark):
                names.add(name.strip())
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--reference", action="store_true")
    ap.add_argument("--timeout", type=int)
    ap.add_argument("--logs")
    ap.add_argument("-j", type=int, default=2)
    opts = ap.parse_args()
    krait = os.path.abspath(os.environ.get("KRAIT", os.path.join(ROOT, "build", "release",
                                                                 "krait")))
    sanitized = os.environ.get("KRAIT_SANITIZED") == "1"
    listed = read_modules(os.path.join(HERE, "modules.txt"), sanitized)
    names = opts.modules or list(listed)
    if opts.logs:
        os.makedirs(opts.logs, exist_ok=True)

    def timeout(name):
        return opts.timeout or listed.get(name, DEFAULT_TIMEOUT)

    with concurrent.futures.ThreadPoolExecutor(opts.j) as pool:
        runs = list(pool.map(lambda n: run_module(krait, n, timeout(n), opts.logs), names))
        references = (list(pool.map(lambda n: run_module(REFERENCE, n, timeout(n), None), names))
                      if opts.reference else [])
    print_table(runs)
    for run, reference in zip(runs, references):
        only_here = sorted(t for t, s in run.status.items()
                           if s == "skip" and reference.status.get(t) != "skip")
        for test_id in only_here:
            print(f"SKIPPED ONLY UNDER KRAIT: {test_id}")
    if not opts.check:
        return 0
    cases, failures = [], []
    for run in runs:
        cases.append(run.name)
        cases.extend(run.status)
        if not run.complete:
            failures.append(run.name)
        failures.extend(run.failures())
    sanitizer_entries = read_marked_entries(KNOWN, "sanitizer:")
    unjudged = read_marked_entries(KNOWN, "flaky:") | (sanitizer_entries if sanitized else set())
    cases = [c for c in cases if c not in unjudged]
    failures = [f for f in failures if f not in unjudged]
    known = ratchet.read_known(KNOWN) - sanitizer_entries
    # A module that does not complete is one entry: its tests are not judged.
    incomplete = {run.name for run in runs if not run.complete}
    cases = [c for c in cases if c in incomplete or module_of(c) not in incomplete]
    failures = [f for f in failures if f in incomplete or module_of(f) not in incomplete]
    reasons = {run.name: run.problem for run in runs if not run.complete}
    for run in runs:
        reasons.update(run.summary)
    for name in failures:
        if name not in known:
            print(f"{name}  # {reasons.get(name) or 'unexpected success'}")
    return ratchet.judge("cpython tests", cases, failures, KNOWN, HEADER,
                         passing="pass", unlisted=sanitizer_entries)


if __name__ == "__main__":
    sys.exit(main())
