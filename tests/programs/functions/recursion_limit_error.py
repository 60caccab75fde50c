# Unbounded recursion raises RecursionError, which can be caught; the program continues.
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

print(isinstance(RecursionError(), RuntimeError))

class Node:
    def __init__(self):
        self.next = self
    def __repr__(self):
        return f"Node({self.next!r})"

try:
    repr(Node())
except RecursionError as e:
    print("RecursionError in repr:", e)

print(sys.getrecursionlimit())
def count(n):
    return n if n == 0 else count(n - 1)
print(count(900))
print("still running")
