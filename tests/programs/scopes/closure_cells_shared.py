# Functions created in one scope share the same closure cell.
def make_pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set

get, set_ = make_pair()
print(get())
set_(42)
print(get())
get2, set2 = make_pair()
set2(-1)
print(get(), get2())
print(get.__closure__[0] is set_.__closure__[0], get.__closure__[0] is get2.__closure__[0])

def loop_cells():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs], fs[0].__closure__[0] is fs[2].__closure__[0]
print(loop_cells())

def parameter_cell(p):
    def reader():
        return p
    p = p * 2
    return reader
print(parameter_cell(5)())
