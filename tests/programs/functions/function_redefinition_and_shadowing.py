# def is an assignment: later definitions replace earlier ones; parameters shadow globals.
def f():
    return "first"
first_f = f
def f():
    return "second"
print(first_f(), f(), first_f is f)

x = "global x"
def shadow(x):
    return x
print(shadow("param x"), x)

def uses_global():
    return x
print(uses_global())

def len(obj):
    return "shadowed len"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

def make():
    def helper():
        return "v1"
    result = [helper()]
    def helper():
        return "v2"
    result.append(helper())
    return result
print(make())
def same_name(same_name):
    return same_name * 2
print(same_name(21))
