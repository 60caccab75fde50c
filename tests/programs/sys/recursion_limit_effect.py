# A lower recursion limit makes RecursionError come sooner; a higher one allows deeper recursion.
import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(100)
shallow = depth(0)
sys.setrecursionlimit(3000)
deep = depth(0)
print(90 <= shallow < 100, 2900 <= deep < 3000, deep - shallow > 2800)
def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)
print(countdown(2500))
