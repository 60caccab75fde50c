# global makes assignments in a function bind the module-level name.
x = 1
y = 1

def change():
    global x
    x = 2
    y = 2
    return x, y

print(change(), x, y)

def create():
    global brand_new
    brand_new = "made in create()"
create()
print(brand_new)

def delete():
    global brand_new
    del brand_new
delete()
print("brand_new" in globals())

def nested():
    def inner():
        global x
        x = "set by inner"
    x = "local of nested"
    inner()
    return x
print(nested(), x)

def global_in_loop():
    global counter
    counter = 0
    for _ in range(5):
        counter += 1
global_in_loop()
print(counter)
