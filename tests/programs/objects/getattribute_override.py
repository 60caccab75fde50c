# __getattribute__ intercepts every lookup; AttributeError falls to __getattr__.
class Trace:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr", name)
        return "fallback-" + name
    def method(self):
        return "method"

t = Trace()
print(t.a)
print(t.method())
print(t.secret)
print(t.nothing)
