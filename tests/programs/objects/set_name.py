# __set_name__ is called on descriptors when the class is created.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Model:
    title = Field()
    count = Field()

m = Model()
print(m.title)
m.title = "hello"
print(m.title, m._title)
print(type(Model.count).__name__)

f = Field()
Model.late = f   # assigned after creation: no __set_name__ call
print(hasattr(f, "name"))
