#!/usr/bin/python3.11
"""Compare Krait's syntax errors with CPython's on the corpus in tests/syntax_errors.

Each program there is invalid; tests/syntax_errors/expected.json (written by
tools/regen_syntax_errors.py from CPython 3.11) records what CPython reports.
This check runs `$KRAIT --dump-ast NAME.py` in tests/syntax_errors (so the
`File "NAME.py"` line can match) and scores three aspects per program:

  position  Krait exits with status 1, and the exception type, the line of the
            `File ..., line N` line and the caret (its column and width, read
            from the caret line under the printed source line) are CPython's.
            Krait's stderr and CPython's recorded stderr are read the same way,
            so the offset and end offset compare as CPython prints them.  Where
            CPython prints no caret (an offset left of the stripped line, as for
            TabError, or no source line, as for encoding errors), Krait must
            print none either; the stderr aspect then holds the rest.
  message   the text after "Type: " on the last line is CPython's message.
  stderr    the whole standard error is, byte for byte, what CPython prints.

It prints
  syntax errors: type+line+offset N/M (P%), message N/M (P%), full stderr N/M
and exits 1 when a result differs from tests/syntax_errors/known_failures.txt,
the list of programs known to fail, per aspect.  Any failure not in the list
fails the check, and so does any listed failure that now passes (remove it from
the list: the list only shrinks).  The lead rewrites the list consciously with
--update-known-failures.

Usage (run with the reference interpreter, KRAIT=path/to/krait in the
environment or --krait PATH):
  check_syntax_errors.py [NAME...]             check (all, or only NAMEs) against the known failures
  check_syntax_errors.py --update-known-failures
  check_syntax_errors.py --show NAME           CPython's and Krait's output side by side
  check_syntax_errors.py --list-failures [ASPECT]
  check_syntax_errors.py --self-test           check the checker with fake krait binaries
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "syntax_errors")
EXPECTED = os.path.join(CORPUS, "expected.json")
KNOWN = os.path.join(CORPUS, "known_failures.txt")
ASPECTS = ("position", "message", "stderr")
TIMEOUT = 10  # seconds per program; a hang is a failure of every aspect
MAX_LISTED = 200  # differences printed in full

FILE_RE = re.compile(r'^  File "(.*)", line (-?\d+)$')
CARET_RE = re.compile(r"^    ( *)(\^+)$")
EXC_RE = re.compile(r"^([A-Za-z_][\w.]*)(?:: (.*))?$")


# --- reading a printed uncaught SyntaxError --------------------------------

def parse_report(text):
    """Reads the last `File "...", line N` block of an uncaught SyntaxError.

    Returns a dict with type, lineno, msg, source (the printed source line or
    None) and caret ((column, width) of the caret line or None), or None when
    `text` does not end with such a block.  CPython's recorded stderr and
    Krait's stderr are both read with this function, so the caret column and
    width stand for CPython's offset and end_offset as printed.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    starts = [i for i, line in enumerate(lines) if FILE_RE.match(line)]
    if not starts or starts[-1] == len(lines) - 1:
        return None
    head = FILE_RE.match(lines[starts[-1]])
    body = lines[starts[-1] + 1:]
    exc = EXC_RE.match(body[-1])
    if not exc:
        return None
    middle = body[:-1]
    source = caret = None
    if middle:
        source = middle[0][4:] if middle[0].startswith("    ") else middle[0]
    if len(middle) >= 2:
        m = CARET_RE.match(middle[-1])
        caret = (len(m.group(1)), len(m.group(2))) if m else ("unreadable", middle[-1])
    return {
        "filename": head.group(1),
        "lineno": int(head.group(2)),
        "type": exc.group(1),
        "msg": exc.group(2),
        "source": source,
        "caret": caret,
        "extra_lines": len(middle) > 2,
    }


# --- running Krait ------------------------------------------------------------

def run_krait(krait, name):
    """Runs `krait --dump-ast name` in the corpus; returns (status, stderr text)."""
    try:
        proc = subprocess.run([krait, "--dump-ast", name], cwd=CORPUS,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"(timed out after {TIMEOUT}s)\n"
    except OSError as e:
        return None, f"(could not run {krait}: {e})\n"
    return proc.returncode, proc.stderr.decode("utf-8", "backslashreplace")


def judge(expected, status, stderr):
    """The set of aspects in which Krait's output differs from CPython's."""
    want = parse_report(expected["stderr"])
    assert want is not None, "expected.json holds an unreadable stderr"
    got = parse_report(stderr)
    failed = set()
    if stderr != expected["stderr"]:
        failed.add("stderr")
    if got is None or got["msg"] != want["msg"]:
        failed.add("message")
    if (got is None or status != 1
            or (got["type"], got["lineno"], got["caret"])
            != (want["type"], want["lineno"], want["caret"])):
        failed.add("position")
    return failed


def run_all(krait, programs, names):
    results = {}
    for name in names:
        status, stderr = run_krait(krait, name)
        results[name] = judge(programs[name], status, stderr)
    return results


# --- the known-failures list --------------------------------------------------

def read_known():
    known = {aspect: set() for aspect in ASPECTS}
    if not os.path.exists(KNOWN):
        return known
    with open(KNOWN, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 2 or parts[0] not in ASPECTS:
                sys.exit(f"{KNOWN}:{number}: expected 'ASPECT NAME.py' with ASPECT one of "
                         f"{', '.join(ASPECTS)}: {line!r}")
            known[parts[0]].add(parts[1])
    return known


def write_known(results):
    lines = [
        "# Programs of tests/syntax_errors that Krait is known to get wrong, one",
        "# 'ASPECT NAME.py' per line (ASPECT: position = type+line+offset, message,",
        "# stderr = the full text).  tests/frontend/check_syntax_errors.py fails on any",
        "# failure missing here and on any entry that now passes: this list only",
        "# shrinks.  Regenerate it consciously with",
        "#   tests/frontend/check_syntax_errors.py --update-known-failures",
    ]
    for aspect in ASPECTS:
        lines += [f"{aspect} {name}" for name in sorted(results)
                  if aspect in results[name]]
    with open(KNOWN, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# --- reporting ----------------------------------------------------------------

def scores(results):
    total = len(results)
    passed = {a: sum(1 for r in results.values() if a not in r) for a in ASPECTS}

    def pct(n):
        return f"{100.0 * n / total:.1f}%" if total else "n/a"
    return (f"syntax errors: type+line+offset {passed['position']}/{total} "
            f"({pct(passed['position'])}), message {passed['message']}/{total} "
            f"({pct(passed['message'])}), full stderr {passed['stderr']}/{total}")


def compare_with_known(results, known):
    """Returns the list of problems: new failures and stale known failures."""
    problems = []
    for aspect in ASPECTS:
        failing = {n for n, r in results.items() if aspect in r}
        for name in sorted(failing - known[aspect]):
            problems.append(f"NEW FAILURE ({aspect}): {name}   "
                            f"[see: {sys.argv[0]} --show {name}]")
        for name in sorted(known[aspect] - failing):
            if name in results:
                problems.append(f"NOW PASSES ({aspect}): {name} - remove "
                                f"'{aspect} {name}' from tests/syntax_errors/known_failures.txt")
            else:
                problems.append(f"UNKNOWN PROGRAM ({aspect}): {name} is listed in "
                                "known_failures.txt but is not in the corpus; remove it")
    return problems


def side_by_side(left, right, width=60):
    left_lines = left.split("\n")
    right_lines = right.split("\n")
    rows = max(len(left_lines), len(right_lines))
    out = [f"{'CPython 3.11 (expected)':<{width}} | Krait", "-" * width + "-+-" + "-" * width]
    for i in range(rows):
        a = left_lines[i] if i < len(left_lines) else ""
        b = right_lines[i] if i < len(right_lines) else ""
        mark = " " if a == b else "!"
        out.append(f"{a:<{width}}{mark}| {b}")
    return "\n".join(out)


def show(krait, programs, name):
    if not name.endswith(".py"):
        name += ".py"
    if name not in programs:
        sys.exit(f"no program {name} in {CORPUS}")
    expected = programs[name]
    status, stderr = run_krait(krait, name)
    with open(os.path.join(CORPUS, name), "rb") as f:
        source = f.read().decode("utf-8", "backslashreplace")
    print(f"== {name}\n{textwrap.indent(source, '   | ')}")
    print(f"CPython: {expected['type']} lineno={expected['lineno']} offset={expected['offset']} "
          f"end_lineno={expected['end_lineno']} end_offset={expected['end_offset']}")
    print(f"         msg={expected['msg']!r}")
    print(f"Krait:   exit status {status}")
    print()
    print(side_by_side(expected["stderr"].replace("\n", "\u23ce\n"),
                       stderr.replace("\n", "\u23ce\n")))
    print()
    failed = judge(expected, status, stderr)
    print("failing aspects: " + (", ".join(a for a in ASPECTS if a in failed) or "none"))
    return 0


# --- self test ----------------------------------------------------------------

FAKE_ORACLE = """\
#!{python}
# A fake krait that prints what CPython prints: the checker must score 100%.
import ast, sys
name = sys.argv[2]
try:
    ast.parse(open(name, "rb").read(), name)
except SyntaxError as e:
    sys.__excepthook__(type(e), e.with_traceback(None), None)
    sys.exit(1)
"""

FAKE_GARBAGE = """\
#!/bin/sh
echo "krait: something went wrong" >&2
exit 1
"""

FAKE_OFF_BY_ONE = """\
#!{python}
# A fake krait that reports every error one line too low.
import ast, re, sys
name = sys.argv[2]
try:
    ast.parse(open(name, "rb").read(), name)
except SyntaxError as e:
    import io
    buf = io.StringIO()
    sys.stderr, saved = buf, sys.stderr
    sys.__excepthook__(type(e), e.with_traceback(None), None)
    sys.stderr = saved
    out = re.sub(r'line (-?\\d+)', lambda m: 'line %d' % (int(m.group(1)) + 1), buf.getvalue(), count=1)
    sys.stderr.write(out)
    sys.exit(1)
"""


def self_test(programs):
    names = sorted(programs)
    tmp = tempfile.mkdtemp(prefix="check_syntax_errors.")
    ok = True
    try:
        def fake(name, body):
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(body.format(python=sys.executable))
            os.chmod(path, 0o755)
            return path
        cases = [
            ("oracle", fake("oracle", FAKE_ORACLE), lambda r: all(not f for f in r.values())),
            ("garbage", fake("garbage", FAKE_GARBAGE), lambda r: all(f == set(ASPECTS) for f in r.values())),
            ("off-by-one line", fake("off_by_one", FAKE_OFF_BY_ONE),
             lambda r: all(f == {"position", "stderr"} for f in r.values())),
            ("missing binary", os.path.join(tmp, "does-not-exist"),
             lambda r: all(f == set(ASPECTS) for f in r.values())),
        ]
        for title, krait, expect in cases:
            results = run_all(krait, programs, names)
            good = expect(results)
            ok &= good
            print(f"self-test {title}: {scores(results)} -> {'as expected' if good else 'WRONG'}")
        # The ratchet: a perfect run against an empty list passes, a perfect run
        # against a list naming a program fails (it now passes), and a failing
        # run against an empty list fails.
        perfect = {n: set() for n in names}
        broken = {n: set(ASPECTS) for n in names}
        empty = {a: set() for a in ASPECTS}
        stale = {a: {names[0]} for a in ASPECTS}
        ratchet = [
            ("perfect run, empty list", compare_with_known(perfect, empty) == []),
            ("perfect run, stale list", len(compare_with_known(perfect, stale)) == len(ASPECTS)),
            ("failing run, empty list", len(compare_with_known(broken, empty)) == len(ASPECTS) * len(names)),
            ("failing run, full list", compare_with_known(broken, {a: set(names) for a in ASPECTS}) == []),
        ]
        for title, good in ratchet:
            ok &= good
            print(f"self-test ratchet, {title}: {'as expected' if good else 'WRONG'}")
    finally:
        shutil.rmtree(tmp)
    print("self-test " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1


# --- main -----------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--krait", default=os.environ.get("KRAIT"),
                        help="the krait binary (default: $KRAIT)")
    parser.add_argument("--update-known-failures", action="store_true",
                        help="rewrite tests/syntax_errors/known_failures.txt from this run")
    parser.add_argument("--show", metavar="NAME", help="show CPython's and Krait's output for one program")
    parser.add_argument("--list-failures", nargs="?", const="position", metavar="ASPECT",
                        choices=ASPECTS, help="list the programs failing ASPECT (default position)")
    parser.add_argument("--self-test", action="store_true", help="check the checker itself")
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="check only these programs (the list's other entries are ignored)")
    args = parser.parse_args()

    with open(EXPECTED, encoding="ascii") as f:
        programs = json.load(f)["programs"]
    on_disk = sorted(n for n in os.listdir(CORPUS) if n.endswith(".py"))
    if on_disk != sorted(programs):
        missing = sorted(set(on_disk) - set(programs))
        extra = sorted(set(programs) - set(on_disk))
        print("tests/syntax_errors/expected.json does not match the programs "
              f"(not recorded: {missing[:5]}, recorded but missing: {extra[:5]}); "
              "run tools/regen_syntax_errors.py", file=sys.stderr)
        return 1
    stale = []
    for name in on_disk:
        with open(os.path.join(CORPUS, name), "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() != programs[name].get("source_sha256"):
                stale.append(name)
    if stale:
        print(f"tests/syntax_errors/expected.json is stale for {', '.join(stale[:5])}"
              f"{' ...' if len(stale) > 5 else ''}; run tools/regen_syntax_errors.py",
              file=sys.stderr)
        return 1

    if args.self_test:
        return self_test(programs)
    if not args.krait:
        print("set KRAIT to the krait binary (or pass --krait)", file=sys.stderr)
        return 2
    krait = os.path.abspath(args.krait)
    if args.show:
        return show(krait, programs, args.show)

    names = sorted(programs)
    if args.names:
        names = sorted({n if n.endswith(".py") else n + ".py" for n in args.names})
        unknown = [n for n in names if n not in programs]
        if unknown:
            sys.exit(f"not in the corpus: {', '.join(unknown)}")
        if args.update_known_failures:
            sys.exit("--update-known-failures rewrites the whole list: run it without NAMEs")
    results = run_all(krait, programs, names)
    print(scores(results))
    if args.list_failures:
        for name in sorted(results):
            if args.list_failures in results[name]:
                print(f"  {args.list_failures} {name}")
    if args.update_known_failures:
        write_known(results)
        print(f"wrote {os.path.relpath(KNOWN, ROOT)}")
        return 0
    known = read_known()
    if args.names:
        known = {aspect: entries & set(names) for aspect, entries in known.items()}
    problems = compare_with_known(results, known)
    for problem in problems[:MAX_LISTED]:
        print(problem)
    if len(problems) > MAX_LISTED:
        print(f"... and {len(problems) - MAX_LISTED} more (all: --list-failures ASPECT)")
    if problems:
        print(f"FAILED: {len(problems)} difference(s) from tests/syntax_errors/known_failures.txt")
        return 1
    print("OK: no change from tests/syntax_errors/known_failures.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
