# Comparing distinct self-referencing structures recurses until RecursionError.
a = [1]
a.append(a)
b = [1]
b.append(b)
print(a is a, a == a)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
print("continued")
