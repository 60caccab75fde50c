#!/usr/bin/python3.11
"""Robustness of the front end on deep nesting and huge inputs (issue 2).

Generates pathological programs (100 000 `(`, `[`, `{`, `not not ... x`,
`-(-(-...`, `a+a+...+a` with 100 000 terms, `a.b.c...`, `f()()()...`, 1 000
nested `if` blocks, nested lambdas, f-strings, comprehensions, long string
concatenations, 100 000-element displays, huge files ...) into a temporary
directory, runs the reference command on each (`ast.parse` then `ast.dump(tree,
include_attributes=True, indent=1)` under /usr/bin/python3.11) and
`$KRAIT --dump-ast FILE` with a timeout, and requires:

  - Krait never crashes (a signal, a sanitizer report, an exit status other
    than 0 or 1) and never hangs (TIMEOUT seconds, enough for the ASan build),
    neither in `--dump-ast` nor in `--dump-tokens` (whose output
    check_tokens.py compares; here only its robustness counts);
  - where CPython raises a SyntaxError (or IndentationError, TabError), Krait
    raises the same type with the same message at the same line;
  - where CPython accepts the program, the dumps are identical. When only
    CPython's ast.dump runs out of Python recursion (Lib/ast.py recurses once
    per level, so a tree about 990 levels deep is enough) the expected text is
    CPython's dump redone with a raised recursion limit, since Krait's C++
    dumper has no limit below its own 3 000 nodes (see below);
  - where CPython raises MemoryError (its parser's stack, MAXSTACK = 6000
    nested rules, overflowed) or RecursionError (turning a tree more than
    3 000 nodes deep into Python objects), Krait exits with status 1 and its
    standard error ends in one of these lines:
        SyntaxError: too many nested expressions: source too complex to parse
            (the parser's own limit of 6 000 nested rules; with the usual
            File/line header)
        RecursionError: maximum recursion depth exceeded during ast construction
            (the dumper's limit of 3 000 nested nodes, CPython's message)

Prints "deep nesting: N/M cases ok" and exits 1 unless every case is ok.
Usage: check_deep_nesting.py [--verbose] [--keep DIR] [NAME...]  (KRAIT=path/to/krait
in the environment; --keep writes the cases to DIR and leaves them there).
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

REFERENCE_PYTHON = "/usr/bin/python3.11"
TIMEOUT = 30  # seconds for one Krait run
N = 100_000

LIMIT_ERRORS = (
    "SyntaxError: too many nested expressions: source too complex to parse",
    "RecursionError: maximum recursion depth exceeded during ast construction",
)

# The reference command, in its own process: prints one status line and, when
# CPython accepts the program, writes the dump to argv[2].
REFERENCE = r'''
import ast, sys, threading, warnings
path, out = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    source = f.read()
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source, path)
except SyntaxError as e:
    print("error", type(e).__name__, e.lineno, e.msg, sep="\t")
    sys.exit()
except (RecursionError, MemoryError) as e:
    print("limit", type(e).__name__, sep="\t")
    sys.exit()
def dump():
    return ast.dump(tree, include_attributes=True, indent=1)
try:
    text, status = dump(), "ok"
except RecursionError:
    # Only Lib/ast.py's Python recursion gave up: dump again with room.
    result = []
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(1 << 30)
    worker = threading.Thread(target=lambda: result.append(dump()))
    worker.start()
    worker.join()
    text, status = result[0], "ok-deep"
with open(out, "w", encoding="utf-8") as f:
    f.write(text + "\n")
print(status)
'''


def nested_blocks(header, depth, body="pass"):
    return "".join(" " * i + header + "\n" for i in range(depth)) + " " * depth + body + "\n"


# name -> source text. Sizes are the (100 000, 1 000 blocks) unless a
# smaller one probes the other side of a limit.
CASES = {
    # Brackets: the tokenizer's limit of 200 open brackets (MAXLEVEL).
    "parens": "(" * N + "x" + ")" * N,
    "parens_200": "(" * 200 + "x" + ")" * 200,
    "parens_201": "(" * 201 + "x" + ")" * 201,
    "parens_unclosed": "(" * N,
    "brackets": "[" * N + "]" * N,
    "braces": "{" * N + "}" * N,
    "mixed_brackets": "([{" * (N // 3) + "}])" * (N // 3),
    "closers_only": ")" * N,
    "neg_parens": "-(" * N + "x" + ")" * N,
    "neg_parens_199": "-(" * 199 + "x" + ")" * 199,
    "subscript_nested": "a[" * N + "0" + "]" * N,
    "call_nested": "f(" * N + ")" * N,
    # Right-recursive rules: the parser's stack (CPython: MemoryError).
    "not": "not " * N + "x",
    "not_1000": "not " * 1000 + "x",
    "neg": "-" * N + "x",
    "unary_mix": "-+~" * (N // 3) + "x",
    "power": "**".join(["a"] * N),
    "ifexp": "a if a else " * N + "a",
    "lambda": "lambda: " * N + "x",
    "lambda_100": "lambda: " * 100 + "x",
    "lambda_args": "lambda x=" * N + "1: x",
    "await": "async def f():\n    " + "await " * N + "x",
    "star_targets": "*" * N + "a, = b",
    "elif": "if a:\n    pass\n" + "elif a:\n    pass\n" * N,
    "elif_500": "if a:\n    pass\n" + "elif a:\n    pass\n" * 500,
    # Left-recursive rules: loops in the parser, deep trees for the dumper.
    "binop": "+".join(["a"] * N),
    "binop_2000": "+".join(["a"] * 2000),
    "attributes": "a" + ".b" * N,
    "calls": "f" + "()" * N,
    "subscripts": "a" + "[0]" * N,
    "mixed_trailers": "a" + ".b()[0]" * (N // 3),
    "binop_in_def": "def f():\n    return " + "+".join(["a"] * N),
    # Indentation: 100 levels at most (MAXINDENT).
    "if_1000": nested_blocks("if x:", 1000),
    "if_100": nested_blocks("if x:", 100),
    "if_99": nested_blocks("if x:", 99),
    "def_1000": nested_blocks("def f():", 1000),
    "class_99": nested_blocks("class C:", 99),
    "try_99": "".join(" " * i + "try:\n" for i in range(99)) + " " * 99 + "pass\n"
              + "".join(" " * i + "finally:\n" + " " * (i + 1) + "pass\n" for i in reversed(range(99))),
    "while_1000_tabs": "".join("\t" * i + "while x:\n" for i in range(1000)) + "\t" * 1000 + "pass\n",
    "wide_indent": "if x:\n" + " " * N + "pass\n",
    # f-strings.
    "fstring_parens": "f'{" + "(" * 300 + "x" + ")" * 300 + "}'",
    "fstring_parens_deep": "f'{" + "(" * N + "x" + ")" * N + "}'",
    "fstring_specs": "f'{x:{y:{z}}}'",
    "fstring_quotes": "f'''{f\"\"\"{f'{f\"{x}\"}'}\"\"\"}'''",
    "fstring_fields": "f'" + "{a}" * N + "'",
    "fstring_fields_lines": "f'''" + "{a}\n" * N + "'''",
    "fstring_concat": "f'{a}' " * N,
    "fstring_not": "f'{" + "not " * N + "x}'",
    "fstring_binop": "f'{" + "+".join(["a"] * N) + "}'",
    # Comprehensions.
    "comprehension_nested_100": "[x for x in " * 100 + "y" + "]" * 100,
    "comprehension_nested": "[x for x in " * N + "y" + "]" * N,
    "comprehension_clauses": "[x " + "for x in y " * N + "]",
    "genexp_calls": "f(x for x in " * 150 + "y" + ")" * 150,
    # Long flat constructs.
    "string_concat": "'a' " * N,
    "string_concat_lines": "(\n" + "'a'\n" * N + ")",
    "bytes_concat": "b'a' " * N,
    "list": "[" + ", ".join(str(i) for i in range(N)) + "]",
    "tuple": ", ".join(["a"] * N),
    "dict": "{" + ", ".join(f"{i}: {i}" for i in range(N)) + "}",
    "call_args": "f(" + ", ".join(["a"] * N) + ")",
    "call_kwargs": "f(" + ", ".join(f"a{i}=1" for i in range(N)) + ")",
    "compare": " < ".join(["a"] * N),
    "boolop": " and ".join(["a"] * N),
    "assign_targets": "x = " * N + "1",
    "decorators": "@d\n" * N + "def f(): pass",
    "semicolons": "x = 1; " * N,
    "global_names": "def f():\n    global " + ", ".join(f"a{i}" for i in range(N)),
    "import_dots": "from " + "." * N + " import x",
    "dotted_import": "import " + ".".join(["a"] * N),
    "match_or": "match x:\n    case " + " | ".join(["1"] * N) + ":\n        pass",
    "match_nested": "match x:\n    case " + "[" * 150 + "a" + "]" * 150 + ":\n        pass",
    "match_class_deep": "match x:\n    case " + "C(" * N + ")" * N + ":\n        pass",
    "walrus": "(x := " * 150 + "1" + ")" * 150,
    "continuation": "x = \\\n" + "1 + \\\n" * N + "1",
    "huge_file": "x = 1\n" * N,
    "long_name": "a" * 1_000_000,
    "long_string": "'" + "a" * 1_000_000 + "'",
    "long_comment": "#" + "a" * 1_000_000 + "\nx",
    "blank_lines": "\n" * N + "x",
    "unterminated_triple": "'''" + "a\n" * N,
    "bad_utf8": "x = '" + "\xff" * 1000 + "'",
    "many_dedents": nested_blocks("if x:", 99) + "y\n",
}


def generate(directory, names):
    paths = {}
    for name in names:
        path = os.path.join(directory, name + ".py")
        text = CASES[name] + "\n"
        # A str with \xff is meant as raw bytes: invalid UTF-8.
        data = text.encode("latin-1") if name == "bad_utf8" else text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        paths[name] = path
    return paths


def reference(path):
    out = path + ".ref"
    proc = subprocess.run([REFERENCE_PYTHON, "-c", REFERENCE, path, out],
                          capture_output=True, text=True, timeout=600)
    fields = proc.stdout.strip().split("\t") if proc.stdout.strip() else ["crash", proc.stderr]
    return fields, out


def run_krait(krait, option, path):
    out = path + option
    with open(out, "wb") as stdout:
        try:
            proc = subprocess.run([krait, option, path], stdout=stdout,
                                  stderr=subprocess.PIPE, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return None, "", out
    return proc.returncode, proc.stderr.decode("utf-8", "replace"), out


def crashed(code, err):
    return code not in (0, 1) or "Sanitizer" in err or "runtime error:" in err


def same_file(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            ca, cb = fa.read(1 << 20), fb.read(1 << 20)
            if ca != cb:
                return False
            if not ca:
                return True


def judge(krait, name, path):
    """Returns (ok, what CPython did, what went wrong)."""
    ref, ref_out = reference(path)
    expected = " ".join(ref[:4])
    code, err, _ = run_krait(krait, "--dump-tokens", path)
    if code is None:
        return False, expected, f"krait --dump-tokens hung (over {TIMEOUT} s)"
    if crashed(code, err):
        return False, expected, f"krait --dump-tokens crashed (status {code}): {err[-2000:]}"
    code, err, got_out = run_krait(krait, "--dump-ast", path)
    if code is None:
        return False, expected, f"Krait hung (over {TIMEOUT} s)"
    if crashed(code, err):
        return False, expected, f"Krait crashed (status {code}): {err[-2000:]}"
    last = err.strip().splitlines()[-1] if err.strip() else ""
    if ref[0] in ("ok", "ok-deep"):
        if code != 0:
            return False, expected, f"Krait rejected it: {last}"
        if not same_file(ref_out, got_out):
            return False, expected, "the dumps differ"
        return True, expected, ""
    if ref[0] == "error":
        kind, line, message = ref[1], ref[2], ref[3]
        m = re.findall(r'^  File ".*", line (\d+)$', err, re.M)
        got_line = m[-1] if m else None
        if code == 1 and last == f"{kind}: {message}" and got_line == line:
            return True, expected, ""
        return False, expected, f"Krait: line {got_line}, {last!r}"
    if ref[0] == "limit":
        if code == 1 and last in LIMIT_ERRORS:
            return True, expected, ""
        return False, expected, f"Krait: status {code}, {last!r}"
    return False, expected, f"the reference failed: {ref[1:]}"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="cases to run (default: all)")
    parser.add_argument("--keep", help="write the cases to this directory and keep them")
    parser.add_argument("--verbose", action="store_true", help="print every case's outcome")
    args = parser.parse_args(argv)
    krait = os.environ.get("KRAIT")
    if not krait:
        print("set KRAIT to the krait binary", file=sys.stderr)
        return 2
    names = args.names or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        print("unknown cases:", " ".join(unknown), file=sys.stderr)
        return 2
    directory = args.keep or tempfile.mkdtemp(prefix="krait-deep-")
    os.makedirs(directory, exist_ok=True)
    try:
        paths = generate(directory, names)
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            results = dict(zip(names, pool.map(lambda n: judge(krait, n, paths[n]), names)))
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    passed = 0
    for name in names:
        ok, expected, problem = results[name]
        passed += ok
        if not ok:
            print(f"FAIL {name}: CPython: {expected}; {problem}")
        elif args.verbose:
            print(f"ok   {name}: CPython: {expected}")
    print(f"deep nesting: {passed}/{len(names)} cases ok")
    return 0 if passed == len(names) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
