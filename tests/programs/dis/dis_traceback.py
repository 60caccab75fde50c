# distb, dis() of sys.last_traceback and Bytecode.from_traceback mark the
# instruction that raised (in code that is the same in Krait and CPython).
import dis
import sys


def negate(value):
    copy = value
    return -copy


try:
    negate(None)
except TypeError as error:
    traceback = error.__traceback__

innermost = traceback
while innermost.tb_next:
    innermost = innermost.tb_next
print(innermost.tb_lasti, innermost.tb_lineno)
dis.distb(innermost)
print('--')
sys.last_traceback = traceback
dis.distb()
print('--')
dis.dis()
print('--')
bytecode = dis.Bytecode.from_traceback(traceback)
print(bytecode.current_offset, bytecode.codeobj.co_name)
print(bytecode.dis(), end='')
print('--')
for instruction in bytecode:
    if instruction.offset == bytecode.current_offset:
        print(instruction.opname, instruction.positions)
