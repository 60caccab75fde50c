# print() of an object whose __repr__ raises: the traceback goes through __repr__.
class Broken:
    def __repr__(self):
        raise RuntimeError("repr is broken")

print("before")
print([Broken()])
