# Strings loaded with the interned type codes are interned: the same object
# as the interned literal; the other codes give plain strs.
import marshal
import sys

name = 'identifier'
a = marshal.loads(b'Z\x0aidentifier')
b = marshal.loads(b'A\x0a\x00\x00\x00identifier')
c = marshal.loads(b't\x0a\x00\x00\x00identifier')
print(a is name, b is name, c is name)
plain = marshal.loads(b'z\x0anot_intern')
print(plain is sys.intern(plain), plain == 'not_intern')
spaced = marshal.loads(b'Z\x03a b')
print(spaced is sys.intern('a b'))
back = marshal.loads(marshal.dumps(name))
print(back is name)
