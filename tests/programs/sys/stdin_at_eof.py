# With stdin at end of file, reads return empty strings.
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(list(sys.stdin))
