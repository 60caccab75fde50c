# __init_subclass__ is called for every subclass with class keywords.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(Plugin.registry)
print(Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
try:
    class Bad2(Plain, x=1): pass
except TypeError as e:
    print("TypeError:", e)
