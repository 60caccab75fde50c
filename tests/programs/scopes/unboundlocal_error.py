# Assignment anywhere in a function makes the name local everywhere in it.
x = "global"

def reads_then_assigns():
    print(x)
    x = "local"

try:
    reads_then_assigns()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def augmented():
    x += "!"

try:
    augmented()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def conditional(flag):
    if flag:
        value = "assigned"
    return value

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def loop_var_unbound():
    for i in []:
        pass
    return i
try:
    loop_var_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def import_makes_local():
    try:
        sys
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    import sys
    return sys.__name__
print(import_makes_local())
print(issubclass(UnboundLocalError, NameError))
