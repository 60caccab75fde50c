# Raising and catching many exceptions leaves no residue.
import sys
count = 0
for i in range(100000):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        elif i % 3 == 1:
            {}[i]
        else:
            [][i]
    except (ValueError, LookupError):
        count += 1
print(count, sys.exc_info())
def nested(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        nested(n - 1)
    finally:
        pass
for _ in range(100):
    try:
        nested(50)
    except KeyError:
        pass
print("ok", sys.exception())
