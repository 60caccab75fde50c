"""Disassembler of Krait's bytecode.

The public interface is CPython 3.11's dis module, and so is the layout of
what it prints; the instructions are Krait's (docs/BYTECODE.md): jump
arguments are absolute targets, CALL has no PRECALL before it and no
instruction is followed by CACHE entries.
"""

import sys

from opcode import *
from opcode import __all__ as _opcode_names
from opcode import _inline_cache_entries, _nb_ops

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcode_names
del _opcode_names


def _function():
    pass


class _MethodOwner:
    def method(self):
        pass


# What dis() of a class or module disassembles among its attributes
# (types.MethodType, FunctionType, CodeType, classmethod, staticmethod, type).
_have_code = (type(_MethodOwner().method), type(_function),
              type(_function.__code__), classmethod, staticmethod, type)
del _function, _MethodOwner

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
CACHE = opmap['CACHE']

# Nothing is specialised, so the "adaptive" view is the plain one.
_all_opname = list(opname)
_all_opmap = dict(opmap)
deoptmap = {}

# co_flags bit → name; inspect builds its CO_* constants from this.
COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def _record_type(typename, field_names, defaults=()):
    """A tuple type with named fields, as collections.namedtuple makes
    (collections is not available to Krait's own library)."""
    field_names = tuple(field_names)
    field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))

    # A real signature, so that argument errors read as namedtuple's do.
    parameters = ', '.join(field_names)
    scope = {'_tuple_new': tuple.__new__}
    exec('def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s,))\n'
         % (parameters, parameters), scope)
    __new__ = scope['__new__']
    __new__.__defaults__ = tuple(defaults) or None
    __new__.__qualname__ = typename + '.__new__'

    def __repr__(self):
        shown = ', '.join('%s=%r' % pair for pair in zip(field_names, self))
        return '%s(%s)' % (self.__class__.__name__, shown)

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(field_names, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return tuple.__new__(self.__class__, values)

    def _asdict(self):
        return dict(zip(field_names, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__slots__': (),
        '__new__': __new__,
        '__repr__': __repr__,
        '_replace': _replace,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '_make': classmethod(lambda cls, iterable: tuple.__new__(cls, tuple(iterable))),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__match_args__': field_names,
        '__module__': __name__,
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(lambda self, index=index: tuple.__getitem__(self, index),
                                   doc='Alias for field number %d' % index)
    return type(typename, (tuple,), namespace)


Positions = _record_type(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = _record_type(
    '_Instruction',
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
     'is_jump_target', 'positions'],
    defaults=[None])

_ExceptionTableEntry = _record_type(
    '_ExceptionTableEntry', ['start', 'end', 'target', 'depth', 'lasti'])


class Instruction(_Instruction):
    """One instruction of a code object.

       opname - the instruction's name
       opcode - its number
       arg - its argument (EXTENDED_ARG prefixes included), or None
       argval - what the argument means (a constant, a name, a jump target
                in bytes …), or the argument itself
       argrepr - argval as the listing shows it
       offset - where the instruction starts, in bytes
       starts_line - the source line it starts, or None
       is_jump_target - whether a jump or an exception handler leads here
       positions - a dis.Positions: the span of source it comes from
    """

    __slots__ = ()

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of the listing. lineno_width 0 leaves out the line
        column; mark_as_current puts the '-->' arrow on it."""
        columns = []
        if lineno_width:
            line = '' if self.starts_line is None else str(self.starts_line)
            columns.append(line.rjust(lineno_width))
        columns.append('-->' if mark_as_current else '   ')
        columns.append('>>' if self.is_jump_target else '  ')
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append('(%s)' % self.argrepr)
        return ' '.join(columns).rstrip()


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# An argument's value where the code object's tables are not at hand.
UNKNOWN = _Unknown()


def _try_compile(source, name):
    """Source text as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _unwrap(x):
    """The function of a method, the code of a function or generator."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attribute in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _cannot_disassemble(x):
    return TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _get_code_object(x):
    """The code object behind a function, method, generator, code object or
    source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise _cannot_disassemble(x)


def _deoptop(op):
    return op


def _get_code_array(co, adaptive):
    return co._co_code_adaptive if adaptive else co.co_code


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a function, method, class, module, code object, generator,
    source string or raw bytecode; with no argument, the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if not isinstance(member, _have_code):
                continue
            print("Disassembly of %s:" % name, file=file)
            try:
                dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
            except TypeError as error:
                print("Sorry:", error, file=file)
            print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                               adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches,
                         adaptive=adaptive)
    else:
        raise _cannot_disassemble(x)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback entry's frame, marking the
    instruction that raised; by default the innermost frame of
    sys.last_traceback."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive)


def pretty_flags(flags):
    """co_flags as names, lowest bit first; unnamed bits in hex."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                return ", ".join(names)
    names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """A description of a code object's fields, as a string."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    sections = (("Constants:", co.co_consts, "%4d: %r"),
                ("Names:", co.co_names, "%4d: %s"),
                ("Variable names:", co.co_varnames, "%4d: %s"),
                ("Free variables:", co.co_freevars, "%4d: %s"),
                ("Cell variables:", co.co_cellvars, "%4d: %s"))
    for title, items, line_format in sections:
        if items:
            lines.append(title)
            lines.extend(line_format % (index, item) for index, item in enumerate(items))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co) to file (standard output by default)."""
    print(code_info(co), file=file)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """The instructions of a function, method, code object or source string,
    as Instruction tuples. first_line renumbers the lines so that the code's
    first line has that number."""
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions_bytes(_get_code_array(co, adaptive), co._varname_from_oparg,
                                   co.co_names, co.co_consts, dict(findlinestarts(co)),
                                   line_offset, co_positions=co.co_positions(),
                                   show_caches=show_caches)


def _get_const_value(op, arg, co_consts):
    """The constant a LOAD_CONST loads when co_consts is known; UNKNOWN
    otherwise (KW_NAMES included)."""
    if op == LOAD_CONST and co_consts is not None:
        return co_consts[arg]
    return UNKNOWN


def _get_const_info(op, arg, co_consts):
    value = _get_const_value(op, arg, co_consts)
    return value, ('' if value is UNKNOWN else repr(value))


def _get_name_info(name_index, get_name, **extra):
    if get_name is None:
        return UNKNOWN, ''
    name = get_name(name_index, **extra)
    return name, name


def _parse_varint(iterator):
    """One number of the exception table: six bits a byte, high bits first,
    bit 6 set on every byte but the last."""
    byte = next(iterator)
    value = byte & 63
    while byte & 64:
        byte = next(iterator)
        value = (value << 6) | (byte & 63)
    return value


def _parse_exception_table(code):
    """co_exceptiontable as entries in bytes: start, end (exclusive),
    handler, stack depth and whether the raising offset is pushed."""
    data = iter(code.co_exceptiontable)
    entries = []
    while True:
        try:
            start = _parse_varint(data) * 2
        except StopIteration:
            return entries
        end = start + _parse_varint(data) * 2
        target = _parse_varint(data) * 2
        depth_and_lasti = _parse_varint(data)
        entries.append(_ExceptionTableEntry(start, end, target, depth_and_lasti >> 1,
                                            bool(depth_and_lasti & 1)))


def _jump_target(arg):
    """Where a jump goes, in bytes (its argument is a code-unit index)."""
    return arg * 2


def _argument_meaning(op, arg, get_name, varname_from_oparg, co_consts):
    """(argval, argrepr) for an instruction's argument."""
    if op in hasconst:
        return _get_const_info(op, arg, co_consts)
    if op in hasname:
        if op == LOAD_GLOBAL:
            value, shown = _get_name_info(arg >> 1, get_name)
            if arg & 1 and shown:
                shown = "NULL + " + shown
            return value, shown
        return _get_name_info(arg, get_name)
    if op in hasjabs:
        target = _jump_target(arg)
        return target, "to " + repr(target)
    if op in haslocal or op in hasfree:
        return _get_name_info(arg, varname_from_oparg)
    if op in hascompare:
        return cmp_op[arg], cmp_op[arg]
    if op == FORMAT_VALUE:
        converter, shown = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        with_spec = bool(arg & 0x4)
        if with_spec:
            shown = shown + ', with format' if shown else 'with format'
        return (converter, with_spec), shown
    if op == MAKE_FUNCTION:
        return arg, ', '.join(flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS)
                              if arg & (1 << bit))
    if op == BINARY_OP:
        return arg, _nb_ops[arg][1]
    return arg, ''


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None, show_caches=False):
    """Instruction tuples for raw bytecode, with meanings for the arguments
    where the tables (names, constants, local names) are given."""
    positions = co_positions or iter(())
    get_name = None if names is None else names.__getitem__
    labels = set(findlabels(code))
    labels.update(entry.target for entry in exception_entries if entry.start < entry.end)
    for offset, op, arg in _unpack_opargs(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        argval, argrepr = None, ''
        if arg is not None:
            argval, argrepr = _argument_meaning(op, arg, get_name, varname_from_oparg,
                                                co_consts)
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, starts_line,
                          offset in labels, Positions(*next(positions, ())))
        # Krait's instructions carry no inline caches (their count is 0).
        for _ in range(_inline_cache_entries[op]):
            next(positions, ())


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the listing of one code object; lasti marks an instruction."""
    _disassemble_bytes(_get_code_array(co, adaptive), lasti, co._varname_from_oparg,
                       co.co_names, co.co_consts, dict(findlinestarts(co)), file=file,
                       exception_entries=_parse_exception_table(co),
                       co_positions=co.co_positions(), show_caches=show_caches)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None and depth <= 0:
        return
    inner_depth = None if depth is None else depth - 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=inner_depth,
                                   show_caches=show_caches, adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None,
                       linestarts=None, *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    lineno_width = 0
    if linestarts:
        lineno_width = max(3, len(str(max(linestarts.values()) + line_offset)))
    offset_width = max(4, len(str(len(code) - 2)))
    for instruction in _get_instructions_bytes(code, varname_from_oparg, names, co_consts,
                                               linestarts, line_offset=line_offset,
                                               exception_entries=exception_entries,
                                               co_positions=co_positions,
                                               show_caches=show_caches):
        # A blank line before each new source line but the first.
        if lineno_width and instruction.starts_line is not None and instruction.offset > 0:
            print(file=file)
        print(instruction._disassemble(lineno_width, instruction.offset == lasti, offset_width),
              file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_mark = " lasti" if entry.lasti else ""
            print("  %d to %d -> %d [%d]%s" % (entry.start, entry.end - 2, entry.target,
                                              entry.depth, lasti_mark), file=file)


def _disassemble_str(source, **options):
    _disassemble_recursive(_try_compile(source, '<dis>'), **options)


# An instruction's argument is a C int: EXTENDED_ARG prefixes wrap past it.
_INT_BITS = 32
_INT_OVERFLOW = 2 ** (_INT_BITS - 1)


def _unpack_opargs(code):
    """(offset, opcode, argument or None) for each code unit; the argument
    includes the EXTENDED_ARG prefixes before it."""
    extended = 0
    for offset in range(0, len(code) - 1, 2):
        op = code[offset]
        if op < HAVE_ARGUMENT:
            extended = 0
            yield offset, op, None
            continue
        arg = code[offset + 1] | extended
        extended = arg << 8 if op == EXTENDED_ARG else 0
        if extended >= _INT_OVERFLOW:
            extended -= 2 * _INT_OVERFLOW
        yield offset, op, arg


def findlabels(code):
    """The offsets that jumps in raw bytecode go to, in order of first use."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None and op in hasjabs:
            target = _jump_target(arg)
            if target not in labels:
                labels.append(target)
    return labels


def findlinestarts(code):
    """(offset, line) where each run of instructions from one line starts."""
    last_line = None
    for start, _end, line in code.co_lines():
        if line is not None and line != last_line:
            last_line = line
            yield start, line


def _find_imports(co):
    """(name, level, fromlist) of each import in a code object."""
    import_name = opmap['IMPORT_NAME']
    instructions = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code)
                    if op != EXTENDED_ARG]
    for index, (op, arg) in enumerate(instructions):
        if op != import_name or index < 2:
            continue
        level_op, level_arg = instructions[index - 2]
        from_op, from_arg = instructions[index - 1]
        if level_op in hasconst and from_op in hasconst:
            yield (co.co_names[arg], _get_const_value(level_op, level_arg, co.co_consts),
                   _get_const_value(from_op, from_arg, co.co_consts))


def _find_store_names(co):
    """The names a code object stores with STORE_NAME or STORE_GLOBAL."""
    stores = {opmap['STORE_NAME'], opmap['STORE_GLOBAL']}
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in stores:
            yield co.co_names[arg]


class _TextCollector:
    """Collects what is printed to it (io.StringIO is not available here)."""

    def __init__(self):
        self._parts = []

    def write(self, text):
        self._parts.append(text)
        return len(text)

    def getvalue(self):
        return ''.join(self._parts)


class Bytecode:
    """The instructions of a function, method, generator, code object or
    source string: iterating gives Instruction tuples, dis() the listing."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive),
                                       co._varname_from_oparg, co.co_names, co.co_consts,
                                       self._linestarts, line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """The Bytecode of a traceback's innermost frame, marking where it was."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """code_info() of the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The listing, as a string."""
        co = self.codeobj
        output = _TextCollector()
        _disassemble_bytes(_get_code_array(co, self.adaptive),
                           -1 if self.current_offset is None else self.current_offset,
                           varname_from_oparg=co._varname_from_oparg, names=co.co_names,
                           co_consts=co.co_consts, linestarts=self._linestarts,
                           line_offset=self._line_offset, file=output,
                           exception_entries=self.exception_entries,
                           co_positions=co.co_positions(), show_caches=self.show_caches)
        return output.getvalue()


_USAGE = "usage: %s [-h] [infile]\n"
_HELP = ("\npositional arguments:\n  infile\n\n"
         "options:\n  -h, --help  show this help message and exit\n")


def _test():
    """`krait -m dis [FILE]`: the listing of a source file (or stdin)."""
    prog = sys.argv[0].rsplit('/', 1)[-1]
    arguments = sys.argv[1:]
    if '-h' in arguments or '--help' in arguments:
        sys.stdout.write(_USAGE % prog + _HELP)
        sys.exit(0)
    positional = [a for a in arguments if a == '-' or not a.startswith('-')]
    unrecognized = [a for a in arguments if a not in positional[:1]]
    path = positional[0] if positional else '-'
    if path == '-':
        name, source = '<stdin>', sys.stdin.buffer.read()
    else:
        try:
            with open(path, 'rb') as infile:
                name, source = infile.name, infile.read()
        except OSError as error:
            sys.stderr.write(_USAGE % prog + "%s: error: argument infile: can't open %r: %s\n"
                             % (prog, path, error))
            sys.exit(2)
    if unrecognized:
        sys.stderr.write(_USAGE % prog + "%s: error: unrecognized arguments: %s\n"
                         % (prog, ' '.join(unrecognized)))
        sys.exit(2)
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _test()
