# del of a name in a function makes that name local.
x = "global"

def del_without_global():
    try:
        del x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

del_without_global()
print(x)

def del_with_global():
    global x
    del x

del_with_global()
try:
    print(x)
except NameError as e:
    print("NameError:", e)

def del_then_reassign():
    y = 1
    del y
    y = 2
    return y
print(del_then_reassign())
