def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

import sys
print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(1, 2, 3, sep="")
print(sep=None, end=None)
print("x", None, sep=None)
print(*"abc", sep=", ")
print("flush", flush=True)
print("to stderr", file=sys.stderr)
print("file None", file=None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
w = Writer()
print("into", "writer", file=w, sep="|")
show("written parts", lambda: w.parts)
show("bad sep", lambda: print("a", sep=1))
show("bad end", lambda: print("a", end=2))
show("bad file", lambda: print("a", file=5))
show("bad keyword", lambda: print("a", color=1))
class NoFlush:
    def write(self, text):
        pass
show("flush missing", lambda: print("a", file=NoFlush(), flush=True))
class StrFails:
    def __str__(self):
        raise ValueError("no str")
show("str raising", lambda: print(StrFails()))
print("unicode é €", "\U0001f600")
print(1.5, [1, "a"], {"k": (1,)}, b"x", None, True)
