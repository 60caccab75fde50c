# Closures capture variables of generators and are created per class instance method call.
def gen():
    x = 0
    def get():
        return x
    while x < 3:
        yield get
        x += 1

getters = []
for g in gen():
    getters.append(g)
print([g() for g in getters])

class Widget:
    def __init__(self, name):
        self.name = name
    def callback(self):
        name = self.name
        return lambda suffix: name + suffix
w = Widget("w")
cb = w.callback()
w.name = "renamed"
print(cb("!"), w.callback()("?"))
