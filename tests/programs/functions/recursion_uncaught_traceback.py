# An uncaught RecursionError: the traceback collapses repeated lines.
import sys
sys.setrecursionlimit(60)

def descend(n):
    return descend(n + 1) + 1

print("start")
descend(0)
