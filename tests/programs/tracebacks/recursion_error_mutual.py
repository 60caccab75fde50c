# Mutual recursion: frames alternate, so nothing is collapsed (only identical
# consecutive entries are); a low recursion limit keeps the traceback short.
import sys
sys.setrecursionlimit(30)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

ping(0)
