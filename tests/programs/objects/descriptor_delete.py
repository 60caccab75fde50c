# __delete__ handles del obj.attr; a data descriptor without it raises.
class D:
    def __get__(self, obj, owner):
        return "got"
    def __set__(self, obj, value):
        print("set", value)
    def __delete__(self, obj):
        print("delete called")

class NoDel:
    def __get__(self, obj, owner):
        return 1
    def __set__(self, obj, value):
        pass

class C:
    d = D()
    n = NoDel()

c = C()
del c.d
try:
    del c.n
except AttributeError as e:
    print("AttributeError:", e)
