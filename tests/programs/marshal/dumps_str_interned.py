# sys.intern()ed strs take the interned type codes; a str built at run time
# does not.
import marshal
import sys


def show(value, version=4):
    print(repr(value), version, marshal.dumps(value, version))


built = '-'.join(['a', 'b'])
interned = sys.intern(built)
show(built)
show(interned)
spaced = sys.intern('has space')
show(spaced)
for version in range(5):
    show(spaced, version)
unicode_interned = sys.intern('ünï')
for version in range(5):
    show(unicode_interned, version)
