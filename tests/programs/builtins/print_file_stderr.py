# print(file=sys.stderr) and flush=True; stdout and stderr are captured separately.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2", flush=True)
print("to stderr 2", file=sys.stderr, flush=True)
print("a", "b", sep="+", file=sys.stderr)
print(file=sys.stderr)
print("to stdout 3", file=None)
class Collector:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
c = Collector()
print("x", 1, file=c)
print("collected:", c.parts)
try:
    print("y", file=42)
except AttributeError as e:
    print("AttributeError:", e)
