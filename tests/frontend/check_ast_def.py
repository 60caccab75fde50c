#!/usr/bin/python3.11
"""src/compiler/ast.def must be what tools/gen_ast_def.py derives from the
reference interpreter's `ast` module today (no hand edits, no drift)."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
python = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")
generated = subprocess.run([python, os.path.join(ROOT, "tools", "gen_ast_def.py")],
                           capture_output=True, text=True, check=True).stdout
with open(os.path.join(ROOT, "src", "compiler", "ast.def"), encoding="utf-8") as f:
    committed = f.read()
nodes = committed.count("KRAIT_AST_NODE(")
if generated != committed:
    print(f"ast.def differs from tools/gen_ast_def.py's output ({nodes} nodes committed)")
    sys.exit(1)
print(f"ast.def: {nodes} nodes, identical to CPython's ast module")
