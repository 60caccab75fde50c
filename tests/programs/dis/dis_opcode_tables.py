# The opcode tables Krait and CPython share: names and numbers of the
# instructions both have, the categories that agree, stack effects.
import dis
import opcode

shared = ['CACHE', 'POP_TOP', 'PUSH_NULL', 'NOP', 'UNARY_POSITIVE', 'UNARY_NEGATIVE',
          'UNARY_NOT', 'UNARY_INVERT', 'BINARY_SUBSCR', 'GET_LEN', 'MATCH_MAPPING',
          'MATCH_SEQUENCE', 'MATCH_KEYS', 'PUSH_EXC_INFO', 'CHECK_EXC_MATCH',
          'CHECK_EG_MATCH', 'WITH_EXCEPT_START', 'GET_AITER', 'GET_ANEXT',
          'BEFORE_ASYNC_WITH', 'BEFORE_WITH', 'END_ASYNC_FOR', 'STORE_SUBSCR',
          'DELETE_SUBSCR', 'GET_ITER', 'GET_YIELD_FROM_ITER', 'PRINT_EXPR',
          'LOAD_BUILD_CLASS', 'LOAD_ASSERTION_ERROR', 'RETURN_GENERATOR', 'LIST_TO_TUPLE',
          'RETURN_VALUE', 'IMPORT_STAR', 'SETUP_ANNOTATIONS', 'YIELD_VALUE',
          'ASYNC_GEN_WRAP', 'PREP_RERAISE_STAR', 'POP_EXCEPT', 'STORE_NAME', 'DELETE_NAME',
          'UNPACK_SEQUENCE', 'FOR_ITER', 'UNPACK_EX', 'STORE_ATTR', 'DELETE_ATTR',
          'STORE_GLOBAL', 'DELETE_GLOBAL', 'SWAP', 'LOAD_CONST', 'LOAD_NAME', 'BUILD_TUPLE',
          'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'LOAD_ATTR', 'COMPARE_OP', 'IMPORT_NAME',
          'IMPORT_FROM', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
          'POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_FORWARD_IF_TRUE', 'LOAD_GLOBAL', 'IS_OP',
          'CONTAINS_OP', 'RERAISE', 'COPY', 'BINARY_OP', 'SEND', 'LOAD_FAST', 'STORE_FAST',
          'DELETE_FAST', 'POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_FORWARD_IF_NONE',
          'RAISE_VARARGS', 'GET_AWAITABLE', 'MAKE_FUNCTION', 'BUILD_SLICE',
          'JUMP_BACKWARD_NO_INTERRUPT', 'MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF',
          'STORE_DEREF', 'DELETE_DEREF', 'JUMP_BACKWARD', 'CALL_FUNCTION_EX',
          'EXTENDED_ARG', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LOAD_CLASSDEREF',
          'COPY_FREE_VARS', 'RESUME', 'MATCH_CLASS', 'FORMAT_VALUE', 'BUILD_CONST_KEY_MAP',
          'BUILD_STRING', 'LOAD_METHOD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_MERGE',
          'DICT_UPDATE', 'CALL', 'KW_NAMES']
for name in shared:
    number = opcode.opmap[name]
    print(name, number, opcode.opname[number] == name, dis.opmap[name] == number)
print(len(opcode.opname), opcode.opname[3], opcode.opname[255])
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print(opcode.cmp_op, dis.cmp_op)
print(opcode.hasconst, opcode.hasname, opcode.haslocal, opcode.hascompare, opcode.hasfree)
print(opcode.hasnargs, dis.hasconst is opcode.hasconst)
print(sorted(opcode.__all__))
print(opcode._nb_ops)
print([name for name in dis.__all__ if name not in opcode.__all__])

# Stack effects the two instruction sets agree on.
cases = [('POP_TOP', None), ('PUSH_NULL', None), ('NOP', None), ('UNARY_NOT', None),
         ('BINARY_SUBSCR', None), ('STORE_SUBSCR', None), ('DELETE_SUBSCR', None),
         ('GET_ITER', None), ('RETURN_VALUE', None), ('POP_EXCEPT', None),
         ('PUSH_EXC_INFO', None), ('BEFORE_WITH', None), ('WITH_EXCEPT_START', None),
         ('LOAD_CONST', 0), ('STORE_FAST', 0), ('LOAD_FAST', 0), ('LOAD_GLOBAL', 0),
         ('LOAD_GLOBAL', 1), ('LOAD_ATTR', 0), ('LOAD_METHOD', 0), ('STORE_ATTR', 0),
         ('BUILD_TUPLE', 0), ('BUILD_TUPLE', 3), ('BUILD_LIST', 2), ('BUILD_MAP', 2),
         ('BUILD_SLICE', 2), ('BUILD_SLICE', 3), ('BUILD_STRING', 4),
         ('BUILD_CONST_KEY_MAP', 3), ('UNPACK_SEQUENCE', 3), ('UNPACK_EX', 0x102),
         ('BINARY_OP', 0), ('COMPARE_OP', 2), ('IS_OP', 0), ('CONTAINS_OP', 1),
         ('MAKE_FUNCTION', 0), ('MAKE_FUNCTION', 0x0F), ('FORMAT_VALUE', 0),
         ('FORMAT_VALUE', 4), ('RAISE_VARARGS', 2), ('CALL_FUNCTION_EX', 0),
         ('CALL_FUNCTION_EX', 1), ('SWAP', 2), ('COPY', 1), ('EXTENDED_ARG', 1),
         ('RESUME', 0), ('KW_NAMES', 0), ('LIST_APPEND', 1), ('MAP_ADD', 1)]
for name, arg in cases:
    print(name, arg, dis.stack_effect(opcode.opmap[name], arg))
for name in ('FOR_ITER', 'JUMP_IF_TRUE_OR_POP', 'SEND', 'POP_JUMP_FORWARD_IF_NONE',
             'JUMP_FORWARD', 'JUMP_BACKWARD'):
    number = opcode.opmap[name]
    print(name, [opcode.stack_effect(number, 0, jump=jump) for jump in (None, True, False)])
for arguments, keywords in [((opcode.opmap['LOAD_CONST'],), {}), ((1, 0), {}), ((3,), {}),
                            ((255, 0), {}), ((1,), {'jump': 1}), (('x',), {}),
                            ((), {}), ((1, None), {'jump': None}), ((2 ** 40, 0), {})]:
    try:
        print(opcode.stack_effect(*arguments, **keywords))
    except (ValueError, TypeError, OverflowError) as error:
        print(type(error).__name__, error)
