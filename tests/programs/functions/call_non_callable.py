# Calling something that is not callable raises TypeError naming its type.
class Plain:
    pass

class Callable:
    def __call__(self, *args):
        return f"called with {args}"

for thing in [1, "s", [1], None, Plain(), {}]:
    try:
        thing()
    except TypeError as e:
        print("TypeError:", e)
print(Callable()(1, 2))
print(callable(Callable()), callable(Plain()), callable(Plain), callable(print), callable(3))
p = Plain()
p.__call__ = lambda: "instance attribute is not used"
try:
    p()
except TypeError as e:
    print("TypeError:", e)
n = 1
try:
    n(2)
except TypeError as e:
    print("TypeError:", e)
