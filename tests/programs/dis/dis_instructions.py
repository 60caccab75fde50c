# Instruction tuples from get_instructions and Bytecode, for straight-line
# code (the same instructions in Krait and CPython).
import dis


def f(a, b):
    c = a
    return (c, b, -a, f"{a!r}")


for instruction in dis.get_instructions(f):
    print(instruction)
print('--')
for instruction in dis.get_instructions(f, first_line=100):
    print(instruction.opname, instruction.offset, instruction.starts_line, instruction.positions)
print('--')
first = next(iter(dis.Bytecode(f)))
print(type(first).__name__, isinstance(first, tuple), len(first))
print(dis.Instruction._fields)
print(first.opname, first.opcode, first.arg, first.argval, first.argrepr, first.offset,
      first.starts_line, first.is_jump_target)
print(first[0], first[-1] == first.positions, tuple(first)[:3])
print(first._replace(offset=7).offset, first._replace(opname='X') == first)
print(first == tuple(first), first._asdict()['opname'])
print(first._disassemble())
print(first._disassemble(lineno_width=0))
print(first._disassemble(5, True, 6))
print('--')
print(dis.Positions())
print(dis.Positions(1, 2, 3, 4))
print(dis.Positions(lineno=1, col_offset=3))
p = dis.Positions(1, 2, 3, 4)
print(p.lineno, p.end_lineno, p.col_offset, p.end_col_offset, p._fields)
print('--')
bytecode = dis.Bytecode(f)
print(bytecode.first_line == f.__code__.co_firstlineno, bytecode.current_offset)
print(bytecode.codeobj is f.__code__, bytecode.exception_entries)
print(bytecode.dis(), end='')
print('--')
print(dis.Bytecode(f, current_offset=4).dis(), end='')
print('--')
print(dis.Bytecode(f, first_line=1000).dis(), end='')
print('--')
print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(f.__code__.co_code))
print([(op, arg) for _, op, arg in dis._unpack_opargs(f.__code__.co_code)][:4])
print('--')
dis.dis(f.__code__.co_code)
