# Call arguments are evaluated left to right, after the callee expression.
def trace(label, value=None):
    print("eval", label)
    return value if value is not None else label

def target(*args, **kwargs):
    return args, kwargs

def get_target():
    print("eval callee")
    return target

print(get_target()(trace("a"), trace("b"), *trace("star", [1]), k=trace("k"), **trace("dstar", {"z": 0})))

class Obj:
    def method(self, *a):
        return a

def get_obj():
    print("eval object")
    return Obj()
print(get_obj().method(trace(1), trace(2)))
print(max(trace("x", 3), trace("y", 5)), [trace("list1"), trace("list2")])
