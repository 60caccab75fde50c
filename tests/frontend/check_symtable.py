#!/usr/bin/python3.11
"""Symbol-table parity: `krait --dump-symtable F` against CPython's `symtable`.

For every .py file of the standard library, prints the symbol table that
python3.11's `symtable` module builds (in this process, the reference
interpreter) in the format of krait::dump_symtable (src/compiler/symtable.h),
and compares it with Krait's. A file counts as identical when both dumps are
equal, or when both reject it with the same error message and position. A
crash or a hang is never a match. The same run compares what Krait will
derive for the code generator (code-object flags, parameters, cell and free
variables, krait::dump_code_info) with the code objects python3.11 compiles.
Besides the standard library, a list of small programs (SNIPPETS) exercises
the rules and errors the library does not. known_symtable_failures.txt is the
ratchet (see ratchet.py).

Options: --update-known-failures, --show FILE (print a diff), --verbose
(print the diff of every failure), FILE... (check only these, no snippets).
"""
import _symtable
import collections
import os
import subprocess
import sys
import symtable
import tempfile
import warnings
from multiprocessing.pool import ThreadPool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ratchet  # noqa: E402

KNOWN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_symtable_failures.txt")
HEADER = ("# Files (or SNIPPETS of check_symtable.py) whose `krait --dump-symtable` differs from\n"
          "# python3.11's symtable module or compiled code objects; maintained by\n"
          "# check_symtable.py --update-known-failures. Only ever shrinks.")

DEF_COMP_ITER = 2 << 8  # not exported by _symtable
FLAG_NAMES = [
    (_symtable.DEF_GLOBAL, "DEF_GLOBAL"), (_symtable.DEF_LOCAL, "DEF_LOCAL"),
    (_symtable.DEF_PARAM, "DEF_PARAM"), (_symtable.DEF_NONLOCAL, "DEF_NONLOCAL"),
    (_symtable.USE, "USE"), (_symtable.DEF_FREE, "DEF_FREE"),
    (_symtable.DEF_FREE_CLASS, "DEF_FREE_CLASS"), (_symtable.DEF_IMPORT, "DEF_IMPORT"),
    (_symtable.DEF_ANNOT, "DEF_ANNOT"), (DEF_COMP_ITER, "DEF_COMP_ITER"),
]
SCOPE_NAMES = {_symtable.LOCAL: "LOCAL", _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
               _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT", _symtable.FREE: "FREE",
               _symtable.CELL: "CELL"}
PREDICATES = ["referenced", "imported", "parameter", "global", "declared_global", "local",
              "free", "assigned", "annotated", "nonlocal", "namespace"]


def dump_table(table, depth, out):
    indent = "  " * depth
    raw = table._table
    children = table.get_children()
    out.append(f"{indent}scope {table.get_type()} {table.get_name()} line={table.get_lineno()} "
               f"nested={int(table.is_nested())} optimized={int(table.is_optimized())} "
               f"children={len(children)}")
    if table.get_type() == "function":
        out.append(f"{indent}  params={','.join(raw.varnames)}")
    for name in sorted(raw.symbols):
        value = raw.symbols[name]
        scope = (value >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        flags = value & ((1 << _symtable.SCOPE_OFF) - 1)
        names = [text for bit, text in FLAG_NAMES if flags & bit]
        unknown = flags & ~sum(bit for bit, _ in FLAG_NAMES)
        if unknown:
            names.append(hex(unknown))
        symbol = table.lookup(name)
        holds = [p for p in PREDICATES if getattr(symbol, "is_" + p)()]
        out.append(f"{indent}  sym {name} {SCOPE_NAMES.get(scope, 'NONE')} "
                   f"{'|'.join(names) or '-'}" + "".join(" " + p for p in holds))
    for child in children:
        dump_table(child, depth + 1, out)


def reference_dump(path):
    """The dump of `path` by python3.11's symtable module, as bytes."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        table = symtable.symtable(source, path, "exec")
    except SyntaxError as e:
        kind = type(e).__name__
        return 1, (f"error {kind}: {e.msg} line={e.lineno} offset={e.offset} "
                   f"end_lineno={e.end_lineno} end_offset={e.end_offset}\n"
                   ).encode("utf-8", "surrogateescape")
    except (RecursionError, MemoryError) as e:
        return 1, f"error {type(e).__name__}: {e}\n".encode()
    except ValueError as e:  # source with a NUL byte
        return 1, f"error ValueError: {e}\n".encode()
    out = []
    dump_table(table, 0, out)
    return 0, ("\n".join(out) + "\n").encode("utf-8", "surrogateescape")


CODE_FLAGS = [(0x10, "NESTED"), (0x20, "GENERATOR"), (0x80, "COROUTINE"),
              (0x200, "ASYNC_GENERATOR"), (0x04, "VARARGS"), (0x08, "VARKEYWORDS")]
CO_OPTIMIZED = 0x01


def code_lines(code, out):
    """krait::dump_code_info's line for `code` and every code object in it."""
    flags = "-"
    if code.co_flags & CO_OPTIMIZED:
        flags = ",".join(text for bit, text in CODE_FLAGS if code.co_flags & bit) or "-"
    nparams = (code.co_argcount + code.co_kwonlyargcount + bool(code.co_flags & 0x04)
               + bool(code.co_flags & 0x08))
    out.append(f"code {code.co_name} {code.co_firstlineno} flags={flags} "
               f"params={','.join(code.co_varnames[:nparams])} "
               f"cellvars={','.join(code.co_cellvars)} freevars={','.join(code.co_freevars)}")
    for const in code.co_consts:
        if isinstance(const, type(code)):
            code_lines(const, out)


def reference_code(path):
    """The code lines of `path` compiled by python3.11, or None if it fails."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    out = []
    code_lines(code, out)
    return out


def compare_code(want, got):
    """The code lines of CPython's code objects that Krait's lines lack.

    Krait may have more: CPython's compiler drops some unreachable code
    objects (e.g. in `x if 0 else y`)."""
    missing = collections.Counter(want) - collections.Counter(got)
    extra = collections.Counter(got) - collections.Counter(want)
    if not missing:
        return []
    return sorted("- " + line for line in missing.elements()) + sorted(
        "+ " + line for line in extra.elements())


# Small programs for the rules and errors the standard library does not
# exercise; each is checked as a file named snippet_NNN.py.
SNIPPETS = [
    # global / nonlocal declarations and their errors
    "def f():\n x = 1\n global x",
    "def f():\n x\n global x",
    "def f(x):\n global x",
    "def f(x):\n nonlocal x",
    "nonlocal x",
    "class C:\n nonlocal x",
    "def f():\n nonlocal x",
    "def f():\n x = 1\n def g():\n  x = 2\n  nonlocal x",
    "def f():\n x = 1\n def g():\n  print(x)\n  nonlocal x",
    "def f():\n  x: int\n  global x",
    "def f():\n  x: int\n  nonlocal x",
    "def f():\n  global x\n  x: int",
    "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x: int = 2",
    "global x\nx: int = 1",
    "def f():\n  global x\n  (x): int = 1\n  x.y: int",
    "def f():\n  global x\n  nonlocal x",
    "def f():\n x=1\n def g():\n  global x\n  nonlocal x",
    "def f():\n x=1\n def g():\n  nonlocal x\n  global x",
    "x=1;global x",
    "x\nglobal x",
    "def f():\n é=1;global é",
    "def f():\n def g(): nonlocal q",
    "def f():\n global a, b\n a = b = 1\n def g():\n  return a, b",
    "def f():\n x = 1\n def g():\n  global x\n  def h():\n   return x\n return g",
    "def f():\n x = 1\n class C:\n  global x\n  def m(self):\n   return x",
    "def f():\n x = 1\n class C:\n  nonlocal x\n  x = 2\n  def m(self): return x",
    "x = 1\ndef f():\n global x\n def g():\n  nonlocal x",
    "def f(x):\n global x\n nonlocal y",
    "def f():\n nonlocal b\n nonlocal a",
    "def f():\n nonlocal a\n def g():\n  nonlocal b",
    "def f():\n def g():\n  nonlocal b\n def h():\n  nonlocal a",
    "def f():\n def g():\n  nonlocal b\n nonlocal a",
    "def f():\n global a\n nonlocal a\n nonlocal b",
    "def f():\n x = 1\n def g():\n  nonlocal x\n  del x",
    "def f():\n  x = 1\n  class C:\n    def m(self):\n      nonlocal x\n      x = 2",
    "def f():\n  class C:\n    x = 1\n    def m(self):\n      nonlocal x",
    # parameters
    "def f(x, x): pass",
    "lambda x, x: 1",
    "def f(x, *, x): pass",
    "def f(a, /, b, *c, d, e=1, **f): return a",
    "def f(é, é): pass",
    "def f(*, a, **a): pass",
    "def f(a, /, a): pass",
    "lambda *a, **b: a",
    "class C:\n def m(self, __a, _C__a): pass",
    "def f(a, b):\n  def g(): return a\n  def h(): return b\n  return g, h",
    "def f():\n  def g(a: int = x, *, b: int = y): pass\n  x = y = 1",
    "def f(*, a=lambda: b):\n  return [c for c in a]",
    # imports
    "import os.path, a.b.c as d, e\nfrom . import f\nfrom .g import h as i",
    "def f():\n  from os import *",
    "class C:\n  from os import *",
    "from os import *\ndef f(): return path",
    "def f():\n  import os.path\n  def g(): return os",
    "def f():\n  import a.b.c\n  from d import (e as f, g)\n  return lambda: (a, f, g)",
    # comprehensions and assignment expressions
    "class C:\n  [(y:=1) for a in b]",
    "[(a:=1) for a in b]",
    "[1 for a in (b:=c)]",
    "[1 for a in b for c in (d:=e)]",
    "[1 for a in [x for x in (d:=e)]]",
    "[1 for a in (lambda: (d:=e))()]",
    "[i for _ in range(3) if (j := 1) for j in range(2)]",
    "[[(j := i) for i in range(3)] for j in range(2)]",
    "def f():\n  [(y := x) for x in z]\n  return y",
    "def f():\n  global y\n  [(y := x) for x in z]",
    "def f():\n  [[(y := x) for x in z] for w in v]\n  def g(): return y",
    "[(y := x) for x in z]\nprint(y)",
    "def f():\n  class C:\n    def m(self):\n      return [(y := x) for x in z]",
    "lambda: [(y := x) for x in z]",
    "def f(a):\n  return [a for b in a if (c := b) for d in c]",
    "(x for x in range(3))",
    "{x: y for x, y in z}",
    "{x for x in z if x}",
    "[x for x in y for y in x]",
    "def f():\n  x = 1\n  return [x for y in z]",
    "class C:\n  x = 1\n  y = [x for _ in range(3)]\n  z = [q for q in x]",
    "[(yield) for a in b]",
    "{(yield) for a in b}",
    "{(yield):1 for a in b}",
    "{1:(yield) for a in b}",
    "((yield) for a in b)",
    "def f():\n  [(yield from x) for a in b]",
    "def f():\n  return [a for a in (yield)]",
    "(y := 1)\ndef f():\n  (z := 2)\n  return z",
    "class C:\n  [lambda: (y := 1) for a in b]",
    "x = [lambda: i for i in range(3)]",
    "x = [[lambda: (i, j) for i in a] for j in b]",
    "def f():\n  return {i: lambda: i for i in range(3)}",
    "def f():\n  y = 1\n  return [x for x in range(y) if y]",
    # classes, __class__ and super
    "class C:\n def m(self):\n  super().m()",
    "class C:\n def m(self):\n  return __class__",
    "class C:\n def m(self):\n  def g(): return super()\n  return g",
    "class C:\n def m(self):\n  return lambda: __class__",
    "class C:\n __class__ = 1\n def m(self): return __class__",
    "class C:\n super = 1\n def m(self): return super",
    "def f():\n class C:\n  def m(self): return super()\n return C",
    "def f():\n x = 1\n class C:\n  x = 2\n  def m(self): return x\n return C",
    "def f():\n x = 1\n class C:\n  def m(self): return x\n  x = x\n return C",
    "def f():\n x = 1\n class C:\n  global x\n  def m(self): return x",
    "def f():\n x = 1\n class C:\n  y = x\n return C",
    "class A:\n class B:\n  def m(self): return super(), __class__",
    "class C:\n def super(self): pass\n def m(self): return super",
    "def f(super):\n return super()",
    "class C:\n  __class__\n  def m(self): pass",
    "class C:\n  def m(self): return lambda: super()",
    "class C:\n  def m(self): return [super() for _ in x]",
    "class C:\n  class D:\n    def m(self): return __class__\n  def n(self): return __class__",
    "class C:\n  x = 1\n  class D:\n    y = x\n    def m(self): return x",
    "class C:\n  x = 1\n  f = lambda: x\n  g = lambda x=x: x",
    # name mangling
    "class C:\n __x = 1\n def __m(self, __a):\n  __b = __a\n  return self.__x, __y\n"
    " __d__ = 2\n _C__z = 3\n import __mod.sub\n import __mod2 as __alias",
    "class _C:\n __x = 1",
    "class __:\n __x = 1",
    "class ___C__:\n __x = 1\n class __D:\n  __y = 2\n  def f(self): return __x\n"
    " __z = [__q for __q in __x]",
    "class C:\n def f(self):\n  global __g\n  __g = 1\n  def h():\n   nonlocal __v",
    "class C:\n __a: int\n def f(self, *__args, **__kw): pass\n __b = lambda __c: __c",
    "class C:\n def f(__self, __x, __x): pass",
    "class C:\n class __D: pass\n def __e(): pass",
    "class C:\n [(__y := 1) for __x in z]",
    "def f():\n class C:\n  [(__y := 1) for __x in z]",
    "def f():\n class C:\n  def g(self):\n   [(__y := 1) for __x in z]\n   return __y",
    "class C:\n def g(self):\n  [(__y := 1) for __y in z]",
    "class C:\n def g(self):\n  global __y\n  [(__y := 1) for a in z]",
    "class C:\n def g(self):\n  global y\n  [(y := 1) for a in z]",
    "def f():\n global y\n [(y := 1) for a in z]",
    "class C:\n def g(self):\n  [[(__y := 1) for a in z] for __y in w]",
    "class Ä:\n __x = 1\n def __ö(self): return __ü",
    # annotations
    "x: int\ny: List[int] = []\n(z): int\na.b: int\nc[0]: int = 1",
    "def f(a: A, *b: B, c: C = 1, **d: D) -> R:\n  x: X\n  y: Y = 1",
    "def f():\n  x: int\n  return x",
    "def f():\n  x: int\n  def g(): return x",
    "class C:\n  x: int\n  y: str = 'a'",
    "def f(x: (yield)): pass",
    "def f():\n x: (yield)",
    "x: (y:=1)",
    "def f():\n x = 1\n def g(a: x, b: (lambda: x)) -> x: pass",
    "def f():\n x = 1\n def g(a: [y for y in x]): pass",
    "def f():\n x: [(yield) for a in b]",
    "from __future__ import annotations\ndef f(x: (yield)): pass",
    "from __future__ import annotations\nx: (y:=1)",
    "from __future__ import annotations\ndef f():\n x: (yield)",
    "from __future__ import annotations\ndef f():\n x: (z:=1)\n",
    "from __future__ import annotations\ndef f():\n x: (await z)\n",
    "from __future__ import annotations\ndef f() -> (yield): pass",
    "from __future__ import annotations\ndef f(*a: (yield)): pass",
    "from __future__ import annotations\ndef f():\n x = 1\n def g(a: x, b: (lambda: x)) -> x: pass\n"
    " y: [q for q in x] = 1\n z: int",
    "from __future__ import annotations\ndef f():\n x: [(yield) for a in b]",
    "from __future__ import annotations\ndef f():\n x: [(y := 1) for a in b]",
    "from __future__ import annotations\nclass C:\n x: [(y := 1) for a in b]",
    "from __future__ import annotations\nx: lambda: (yield)",
    "from __future__ import annotations\ndef f():\n global x\n x: int",
    "from __future__ import annotations\nclass C:\n  x: int\n  self.y: int = 1\n  z: int = w",
    "\"doc\"\nfrom __future__ import annotations\nx: y",
    "import os\nfrom __future__ import annotations\nx: y",
    # generators, coroutines
    "def f():\n  yield 1",
    "def f():\n  x = yield from g()",
    "def f():\n  return (yield)",
    "async def f():\n  await x",
    "async def f():\n  yield 1",
    "async def f():\n  return [x async for x in y]",
    "async def f():\n  return (x async for x in y)",
    "async def f():\n  return [await x for x in y]",
    "async def f():\n  return [[x async for x in y] for z in w]",
    "async def f():\n  return ((x async for x in y) for z in w)",
    "async def f():\n  return [x for x in y if await x]",
    "async def f():\n  async with a as b:\n    async for c in d:\n      pass",
    "async def f():\n  async def g():\n    return [x async for x in y]\n  return await g()",
    "async def f():\n  return {k: v async for k, v in w}",
    "async def f():\n  return [x for x in (y async for y in z)]",
    "def f():\n  return [x async for x in y]",
    "def f():\n  return (await x for x in y)",
    "def f():\n  lambda: (yield)",
    "def f():\n  return\ndef g():\n  return 1",
    "async def f():\n  def g():\n    await x",
    "lambda: (yield)",
    "lambda: (await x)",
    "class C:\n  yield 1",
    "class C:\n  await x",
    # statements binding names
    "for a, (b, *c) in d:\n  del e\n  f += 1\n  g[h] = i\n  j.k = l",
    "with a as (b, c), d as e: pass",
    "try:\n  pass\nexcept E as e:\n  pass\nexcept* F as f:\n  pass",
    "try:\n  pass\nexcept* E as e:\n  pass\nelse:\n  x = 1\nfinally:\n  y = 2",
    "match x:\n  case [a, *b, {'k': c, **d}] if e:\n    pass\n"
    "  case C(f, g=h) | C(f, g=h) as i:\n    pass\n  case D.E | 1 | None | _:\n    pass",
    "def f():\n  match x:\n    case [*_]:\n      pass\n    case {**rest}:\n      def g(): return rest",
    "match x:\n  case C(a) if (y := a):\n    pass\n  case {1: b, **c}:\n    pass",
    "def f():\n  match x:\n    case [a, b] | (b, a):\n      return lambda: (a, b)",
    "def f():\n  try:\n    pass\n  except E as e:\n    return lambda: e",
    "def f():\n  with a as b:\n    return lambda: b",
    "def f():\n  for a, *b in c:\n    yield lambda: b",
    "def top():\n  x = 1\n  return x",
    "def f():\n  def g(): return x\n  x = 1",
    "def f():\n  def g():\n    def h(): return x\n  x = 1",
    "def f():\n  x = 1\n  del x\n  def g(): return x",
    "def f():\n  x = 1\n  def g():\n    x = 2\n    def h(): return x",
    "def f(a=lambda: b, *, c=lambda: d):\n  pass",
    "@dec\n@dec2(lambda: x)\ndef f(): pass\n@cdec\nclass C(B, metaclass=M, **kw): pass",
    "class C(lambda: x): pass",
    "def f():\n  x = 1\n  @g(lambda: x)\n  class C: pass",
    "f'{a}{b!r:{c}}' + f'{(lambda: d)()}'",
    "a[b:c:d] = e, *f\nprint(*g, **h)",
    "assert a, b\nraise c from d\nif e: pass\nelif f: pass\nwhile g: break\nelse: pass",
    "x = 1\ndef f():\n  print(x)\n  x = 2",
    "__debug__\ndef f(__debug__=1): pass",
    "del x\ndef f():\n  del y\n  def g(): return y",
    "def f():\n  super = 1\n  def g(): return super()",
    "super()\nclass C:\n  super()",
    "def f():\n  def g():\n    return super()",
    "import a as __class__\nclass C:\n  def f(self): return __class__",
    "def f():\n  from a import b as c, d\n  def g(): return c, d",
    "x = [a for a in b] if 0 else 2\nif 0:\n  def f(): pass",
    # future statements
    "from __future__ import spam",
    "\"doc\"\nfrom __future__ import braces",
    "import os; from __future__ import annotations",
    "from __future__ import nested_scopes; import os; from __future__ import \\\n  generators",
    "from __future__ import *",
    "from .__future__ import spam",
    "from __future__ import (annotations, division,\n  generator_stop)\nx: y",
    # deep nesting
    "x = " + "+".join(["a"] * 5000),
    "x = " + "(" * 150 + ")" * 150,
]


def run_krait(path):
    try:
        result = subprocess.run([ratchet.krait_binary(), "--dump-symtable", path],
                                capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, b""
    return result.returncode, result.stdout


def compare(path):
    """(same, reference output, krait output) for `path`."""
    got_rc, got = run_krait(path)
    want_rc, want = reference_dump(path)
    got, _, got_code = got.partition(b"--- code\n")
    if got_rc not in (0, 1):
        same = False
    elif want_rc != got_rc:
        same = False
    else:
        same = want == got
    if same and got_rc == 0:
        want_code = reference_code(path)
        if want_code is not None:
            mismatches = compare_code(want_code, got_code.decode("utf-8", "replace").splitlines())
            if mismatches:
                same = False
                want += b"--- code objects differ:\n" + "\n".join(mismatches).encode() + b"\n"
    return same, want, got


def main(argv):
    warnings.simplefilter("ignore")  # compile()'s SyntaxWarnings
    if "--show" in argv:
        path = argv[argv.index("--show") + 1]
        _, want, got = compare(path)
        ratchet.show_diff(want, got)
        return 0
    files = [a for a in argv if not a.startswith("--")]
    with tempfile.TemporaryDirectory() as tmp:
        snippets = {}
        if not files:
            files = ratchet.corpus_files()
            for i, text in enumerate(SNIPPETS):
                name = os.path.join(tmp, f"snippet_{i:03d}.py")
                with open(name, "w", encoding="utf-8") as f:
                    f.write(text + "\n")
                snippets[name] = f"snippet {i:03d}: {text[:60]!r}"
        paths = files + list(snippets)
        # The reference dumps are computed in this process, the krait runs
        # in subprocesses that overlap with them.
        with ThreadPool(2) as pool:
            results = pool.map(compare, paths)
        names = [snippets.get(path, path) for path in paths]
        failures = [name for name, (same, _, _) in zip(names, results) if not same]
        if "--verbose" in argv:
            for path, (same, want, got) in zip(paths, results):
                if not same:
                    print(f"--- {snippets.get(path, path)}")
                    ratchet.show_diff(want, got, context=1)
    return ratchet.judge("symtable parity", names, failures, KNOWN, HEADER,
                         "--update-known-failures" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
