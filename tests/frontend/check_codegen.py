#!/usr/bin/python3.11
"""Code generator parity: `krait --dump-bytecode F` against CPython's compile().

For every .py file of the standard library, both sides print one summary line
per code object (qualname, firstlineno, co_flags, argument counts, stacksize,
co_varnames, co_cellvars, co_freevars, co_names, len(co_consts)), depth first,
or the compile error (type, message and location). A file is identical when
those lines match; a crash or a hang is never a match.
known_codegen_failures.txt is the ratchet (see ratchet.py).

Options: --update-known-failures, --show FILE (print a diff of the full
listings: instructions and positions as well), FILE... (check only these).
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ratchet  # noqa: E402

KNOWN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_codegen_failures.txt")
HEADER = ("# Files whose code objects under `krait --dump-bytecode` differ from CPython's;\n"
          "# maintained by check_codegen.py --update-known-failures. Only ever shrinks.")
REFERENCE = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")

# The reference listing, in the format of src/vm/disassemble.cpp.
REFERENCE_DUMP = r'''
import bisect, dis, sys, types
def names(t):
    return repr(tuple(t))
def const_repr(c):
    return "<code %s>" % c.co_qualname if isinstance(c, types.CodeType) else repr(c)
def walk(code, out, full):
    out.append("code %s line=%d flags=0x%x argcount=%d posonly=%d kwonly=%d stacksize=%d "
               "varnames=%s cellvars=%s freevars=%s names=%s nconsts=%d" % (
        code.co_qualname, code.co_firstlineno, code.co_flags, code.co_argcount,
        code.co_posonlyargcount, code.co_kwonlyargcount, code.co_stacksize,
        names(code.co_varnames), names(code.co_cellvars), names(code.co_freevars),
        names(code.co_names), len(code.co_consts)))
    if full:
        out.append("  consts: " + ", ".join(const_repr(c) for c in code.co_consts))
        ins = [i for i in dis.get_instructions(code)
               if i.opname not in ("PRECALL", "EXTENDED_ARG", "CACHE")]
        offsets = [i.offset for i in ins]
        for i in ins:
            p = i.positions
            name = i.opname.replace("POP_JUMP_BACKWARD_IF", "POP_JUMP_FORWARD_IF")
            if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
                arg = "L%d" % bisect.bisect_left(offsets, i.argval)
            elif i.opname in ("LOAD_CONST", "KW_NAMES"):
                arg = const_repr(code.co_consts[i.arg])
            elif i.opname == "LOAD_GLOBAL":
                arg = i.argrepr
            elif i.opcode in dis.hasname or i.opcode in dis.haslocal or i.opcode in dis.hasfree:
                arg = str(i.argval)
            elif i.opname in ("COMPARE_OP", "BINARY_OP"):
                arg = i.argrepr
            else:
                arg = "" if i.arg is None else str(i.arg)
            out.append("   %s %s %s:%s-%s:%s" % (name, arg, p.lineno, p.col_offset,
                                                 p.end_lineno, p.end_col_offset))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, out, full)
path, full = sys.argv[1], sys.argv[2] == "full"
try:
    code = compile(open(path, "rb").read(), path, "exec", dont_inherit=True)
except SyntaxError as e:
    print("error %s: %s line=%s offset=%s end_lineno=%s end_offset=%s" % (
        type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
    sys.exit(1)
except (ValueError, RecursionError, MemoryError) as e:
    print("error %s: %s" % (type(e).__name__, e))
    sys.exit(1)
out = []
walk(code, out, full)
print("\n".join(out))
'''


def run(command):
    try:
        result = subprocess.run(command, capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, b""
    return result.returncode, result.stdout


def summary(text):
    return [line for line in text.decode("utf-8", "replace").splitlines()
            if line.startswith("code ") or line.startswith("error ")]


def compare(path, full=False):
    want_rc, want = run([REFERENCE, "-c", REFERENCE_DUMP, path, "full" if full else "summary"])
    got_rc, got = run([ratchet.krait_binary(), "--dump-bytecode", path])
    if got_rc not in (0, 1) or want_rc not in (0, 1):
        return False, want, got
    return summary(want) == summary(got), want, got


def main(argv):
    return ratchet.parity_main("codegen parity", argv, compare, KNOWN, HEADER,
                               show_compare=lambda path: compare(path, full=True))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
