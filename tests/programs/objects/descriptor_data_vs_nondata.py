# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, owner):
        return "data.__get__"
    def __set__(self, obj, value):
        print("data.__set__", value)

class NonData:
    def __get__(self, obj, owner):
        return "nondata.__get__"

class C:
    d = Data()
    n = NonData()

c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d)
print(c.n)
c.d = 5
print(c.__dict__["d"])
del c.__dict__["n"]
print(c.n)
print(C.d, C.n)
