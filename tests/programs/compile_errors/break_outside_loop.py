# 'break' outside any loop.
print("never printed")
if True:
    break
