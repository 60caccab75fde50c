"""Shared pieces of the front end's parity checks.

A check computes, for every case, whether Krait matched the reference; the
known-failures file lists the cases allowed to fail today. A new failure fails
the check, and so does a listed case that now passes (the list only shrinks).
"""
import difflib
import os
import sys
from multiprocessing.pool import ThreadPool


def corpus_files(root=None):
    """Every .py file of CPython's standard library, sorted."""
    root = root or os.environ.get("KRAIT_STDLIB_DIR", "/usr/lib/python3.11")
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames
                             if d not in ("site-packages", "dist-packages", "__pycache__"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                files.append(os.path.join(dirpath, name))
    return files


def read_known(path):
    """The names a known-failures list holds; a line may end in `  # reason`."""
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.split("  # ")[0].strip() for line in f
                if line.strip() and not line.startswith("#")}


def write_known(path, failures, header):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header.rstrip("\n") + "\n")
        for name in sorted(failures):
            f.write(name + "\n")


def judge(label, cases, failures, known_path, header, update=False, passing="identical",
          unlisted=frozenset()):
    """Prints the verdict for `cases` (names) and returns the exit status;
    `passing` says what the cases that did not fail are; the entries named in
    `unlisted` are judged as if the list did not hold them.

    When only some cases were run, only their entries of the list count."""
    total = len(cases)
    passed = total - len(failures)
    print(f"{label}: {passed}/{total} {passing} ({100.0 * passed / max(total, 1):.2f}%)")
    if update:
        # Entries for cases that were not run are kept as they are.
        failures = (read_known(known_path) - set(cases)) | set(failures)
        write_known(known_path, failures, header)
        print(f"rewrote {known_path} with {len(failures)} entries")
        return 0
    known = (read_known(known_path) - set(unlisted)) & set(cases)
    new = sorted(set(failures) - known)
    fixed = sorted(known - set(failures))
    for name in new:
        print(f"NEW FAILURE: {name}")
    for name in fixed:
        print(f"NOW PASSES (remove it from {os.path.basename(known_path)}): {name}")
    if new or fixed:
        print(f"{label}: FAILED ({len(new)} new failures, {len(fixed)} stale entries)")
        return 1
    print(f"{label}: OK ({len(failures)} known failures)")
    return 0


def krait_binary():
    krait = os.environ.get("KRAIT")
    if not krait:
        sys.exit("set KRAIT to the krait binary")
    return krait


def show_diff(want, got, context=2):
    """Prints the unified diff of the reference's output and Krait's (bytes)."""
    sys.stdout.writelines(difflib.unified_diff(
        want.decode("utf-8", "replace").splitlines(True),
        got.decode("utf-8", "replace").splitlines(True), "python3.11", "krait", n=context))


def parity_main(label, argv, compare, known_path, header, show_compare=None):
    """The command line of a check whose compare(path) answers (same, want,
    got): `--show FILE` prints one file's diff (through show_compare when the
    full listing differs from the compared one); otherwise the files named, or
    the corpus, are compared two at a time and judged."""
    if "--show" in argv:
        _, want, got = (show_compare or compare)(argv[argv.index("--show") + 1])
        show_diff(want, got)
        return 0
    files = [a for a in argv if not a.startswith("--")] or corpus_files()
    with ThreadPool(2) as pool:
        results = pool.map(compare, files)
    failures = [path for path, (same, _, _) in zip(files, results) if not same]
    return judge(label, files, failures, known_path, header, "--update-known-failures" in argv)
