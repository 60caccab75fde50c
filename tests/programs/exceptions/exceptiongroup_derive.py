# Subclasses keep their type on split only if they override derive().
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", len(excs))
        return MyGroup(self.message + "!", excs)
class Plain(ExceptionGroup):
    pass
g = MyGroup("g", [ValueError(1), TypeError(2)])
m, r = g.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
p = Plain("p", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, type(r).__name__)
e = ExceptionGroup("x", [ValueError()])
e.add_note("note")
d = e.derive([KeyError()])
print(repr(d), hasattr(d, "__notes__"))
m, r = e.split(ValueError)
print(m is e)
e2 = ExceptionGroup("y", [ValueError(), TypeError()])
e2.add_note("kept")
try:
    raise e2
except ExceptionGroup:
    pass
m, r = e2.split(ValueError)
print(m.__notes__, r.__notes__, m.__traceback__ is e2.__traceback__)
