# % formatting: a bytes or bytearray right operand of bytes % is a single argument, not a
# mapping (memoryview, array and lists are mappings to it, as in CPython 3.11).
import array
for a in (7, b'1', bytearray(b'1'), memoryview(b'1'), array.array('b', b'1'), 'x', [1], {}):
    for fmt in (b'no format', 'no format'):
        try: print(repr(fmt % a))
        except TypeError as e: print(e)
print(b'%(a)s' % {b'a': b'v'})
