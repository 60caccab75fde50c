# sys.maxsize and sys.maxunicode.
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, hex(sys.maxunicode))
print(type(sys.maxsize).__name__, -sys.maxsize - 1)
print(chr(sys.maxunicode) == "\U0010ffff")
