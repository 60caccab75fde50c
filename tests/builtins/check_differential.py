#!/usr/bin/env python3
"""Differential property test of the built-ins against CPython.

For each fixed seed, differential_cases.py makes random expressions (format,
repr, %, int(), float(), round, divmod, **, hash, str methods …); one program
evaluates them all and prints each result (or the exception's type and
message), and it runs under the reference interpreter and under Krait. Every
differing result is printed with its expression; any difference fails the
check.

Usage: KRAIT=build/release/krait tests/builtins/check_differential.py [--seeds N] [--cases N]
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The test programs' fixed environment (PATH, LANG, PYTHONHASHSEED=0 …).
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "programs"))
import differential_cases  # noqa: E402
import program_harness  # noqa: E402

EVALUATOR = '''
import sys
def show(source):
    try:
        result = eval(source)
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return repr(result)
for source in CASES:
    sys.stdout.write(show(source).encode("utf-8", "backslashreplace").decode("utf-8") + "\\n")
'''


def run(interpreter, program):
    result = subprocess.run([interpreter, program], capture_output=True,
                            env=program_harness.environment(), timeout=600)
    if result.returncode != 0:
        sys.stdout.write(result.stderr.decode("utf-8", "replace")[-3000:])
        sys.exit(f"{interpreter} exited with status {result.returncode}")
    return result.stdout.decode("utf-8", "replace").split("\n")[:-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=8, help="seeds 1..N")
    parser.add_argument("--cases", type=int, default=1000, help="cases per seed")
    options = parser.parse_args()
    krait = os.environ.get("KRAIT") or sys.exit("set KRAIT to the krait binary")
    reference = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")
    total = differing = 0
    with tempfile.TemporaryDirectory() as scratch:
        for seed in range(1, options.seeds + 1):
            cases = differential_cases.cases(seed, options.cases)
            program = os.path.join(scratch, f"seed{seed}.py")
            with open(program, "w", encoding="utf-8") as f:
                f.write(f"CASES = {cases!r}\n{EVALUATOR}")
            want, got = run(reference, program), run(krait, program)
            if len(want) != len(cases) or len(got) != len(cases):
                sys.exit(f"seed {seed}: {len(cases)} cases, python3.11 printed {len(want)} results, "
                         f"krait {len(got)}")
            for source, expected, actual in zip(cases, want, got):
                total += 1
                if expected != actual:
                    differing += 1
                    print(f"seed {seed}: {source}\n  python3.11: {expected}\n  krait:      {actual}")
    print(f"differential: {total - differing}/{total} results identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
