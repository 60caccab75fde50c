# __text_signature__ of the built-in classes, and inspect.signature() of classes that
# inherit their constructor from object or a built-in type.
import builtins
import inspect
for name in dir(builtins):
    value = getattr(builtins, name)
    if isinstance(value, type) and value.__text_signature__:
        print(name, value.__text_signature__)
class Plain:
    pass
class FromList(list):
    pass
print(inspect.signature(object), inspect.signature(Plain), inspect.signature(FromList))
print(FromList.__text_signature__, Plain.__text_signature__)
