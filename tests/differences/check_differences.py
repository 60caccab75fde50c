"""The by-design differences of docs/DIFFERENCES.md still hold, as written.

Each `## ` section of the document holds a ```python program, then a ```text
block after "CPython prints:" and one after "Krait prints:". The program runs
under /usr/bin/python3.11 and under Krait (a fresh process each, clean
environment); each must print its block exactly, and the two blocks must
differ. A section whose difference is gone fails: the document only shrinks.
In the sanitizer build (KRAIT_SANITIZED set) Krait need only differ from
CPython: what gc.collect() frees there depends on stale words that the
sanitizer's C frames keep (tests/programs/README.md, `unsanitized`).
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOCUMENT = os.path.join(ROOT, "docs", "DIFFERENCES.md")
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "frontend"))
import ratchet  # noqa: E402

REFERENCE = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def sections(text):
    """(title, program, cpython output, krait output) for each section."""
    for part in re.split(r"^## ", text, flags=re.M)[1:]:
        title = part.splitlines()[0].strip()
        blocks = {}
        for match in BLOCK.finditer(part):
            before = part[:match.start()].rstrip().splitlines()[-1]
            if match.group(1) == "python":
                blocks["program"] = match.group(2)
            elif before.startswith("CPython prints"):
                blocks["cpython"] = match.group(2)
            elif before.startswith("Krait prints"):
                blocks["krait"] = match.group(2)
        yield title, blocks.get("program"), blocks.get("cpython"), blocks.get("krait")


def run(interpreter, program):
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "difference.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(program)
        done = subprocess.run([interpreter, path], capture_output=True, text=True, timeout=60,
                              cwd=work, stdin=subprocess.DEVNULL,
                              env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                   "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"})
    return done.stdout + done.stderr


def main():
    krait = os.path.abspath(ratchet.krait_binary())
    with open(DOCUMENT, encoding="utf-8") as f:
        found = list(sections(f.read()))
    failures = 0
    for title, program, cpython, krait_output in found:
        if None in (program, cpython, krait_output):
            problem = "needs a python program, a 'CPython prints' and a 'Krait prints' block"
        elif cpython == krait_output:
            problem = "the two blocks are the same: no difference is shown"
        elif run(REFERENCE, program) != cpython:
            problem = "CPython no longer prints what the section says"
        elif (output := run(krait, program)) == cpython:
            problem = "Krait prints what CPython prints: the difference is gone, and the section goes"
        elif output != krait_output and not os.environ.get("KRAIT_SANITIZED"):
            problem = "Krait does not print what the section says"
        else:
            continue
        failures += 1
        print(f"FAIL {title}: {problem}")
    print(f"differences: {len(found) - failures}/{len(found)} hold")
    return 1 if failures or not found else 0


if __name__ == "__main__":
    sys.exit(main())
