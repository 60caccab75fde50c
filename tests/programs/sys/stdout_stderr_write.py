# sys.stdout/sys.stderr write() returns the number of characters; flush().
import sys
n = sys.stdout.write("written directly\n")
print("returned", n)
m = sys.stderr.write("to stderr é\n")
print("stderr returned", m)
sys.stdout.write("no newline")
sys.stdout.flush()
sys.stdout.write(" ... then newline\n")
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout.encoding, sys.stderr.encoding, sys.getdefaultencoding())
print(sys.stdout.writable(), sys.stdin.readable())
