"""Krait's instruction set, as lists and tables for dis and other tools.

The table itself comes from the interpreter (the _opcode module, built from
src/vm/opcodes.def); this module only arranges it the way CPython's opcode
module does, so code written against CPython's API works unchanged. The
instructions are CPython 3.11's, except that every jump argument is an
absolute target (all jumps are in hasjabs, hasjrel is empty), there is no
PRECALL and no instruction has inline CACHE entries.
"""

from _opcode import stack_effect
import _opcode

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

HAVE_ARGUMENT = _opcode.HAVE_ARGUMENT

opmap = {}
opname = ['<%r>' % number for number in range(256)]
_inline_cache_entries = [0] * 256
for _name, _number, _cache_words in _opcode._instructions:
    opmap[_name] = _number
    opname[_number] = _name
    _inline_cache_entries[_number] = _cache_words

hasconst = list(_opcode._categories['hasconst'])
hasname = list(_opcode._categories['hasname'])
hasjabs = list(_opcode._categories['hasjabs'])
haslocal = list(_opcode._categories['haslocal'])
hascompare = list(_opcode._categories['hascompare'])
hasfree = list(_opcode._categories['hasfree'])
hasjrel = []
hasnargs = []

EXTENDED_ARG = opmap['EXTENDED_ARG']

# BINARY_OP's argument: the operator, then the same operators in place.
_nb_ops = [
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
]
_nb_ops += [("NB_INPLACE" + name[2:], symbol + "=") for name, symbol in _nb_ops]

# No instruction is specialised (quickened) yet, so nothing has a cache layout.
_specializations = {}
_specialized_instructions = []
_cache_format = {}

del _name, _number, _cache_words
