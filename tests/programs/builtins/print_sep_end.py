# print() with sep, end, no arguments, and non-string objects.
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep=", ", end=".\n")
print()
print(1, 2.5, None, True, [1, "s"], (1,), {"k": "v"})
print(sep="ignored")
print("multi\nline")
print("end", end="!\n")
print(*range(5))
print(*"abc", sep="|")
print("a", "b", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
