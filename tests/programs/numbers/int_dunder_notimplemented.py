# int's dunder methods called directly return NotImplemented for foreign types.
for name in ['__add__', '__sub__', '__mul__', '__floordiv__', '__truediv__', '__mod__', '__divmod__', '__pow__',
             '__lshift__', '__rshift__', '__and__', '__or__', '__xor__', '__radd__', '__rsub__', '__rmul__',
             '__rfloordiv__', '__rtruediv__', '__rmod__', '__rpow__', '__rlshift__', '__rand__',
             '__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__']:
    m = getattr(5, name)
    print(name, m(3), m(3.0), m('x'))
try:
    int.__add__('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__add__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__(True, True), bool.__and__(True, 1), bool.__and__(True, False))
