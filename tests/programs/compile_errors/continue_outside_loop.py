# 'continue' outside any loop.
def f():
    continue
print("never printed")
