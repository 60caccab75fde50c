# Module-level code, functions redefining globals, and the order of definitions.
counter = 0

def increment(by=1):
    global counter
    counter += by
    return counter

print(increment(), increment(5), counter)

def define_new():
    global created_later
    created_later = "created inside a function"

try:
    print(created_later)
except NameError as e:
    print("NameError:", e)
define_new()
print(created_later)

def uses_later_function():
    return later() * 2

def later():
    return 21

print(uses_later_function())

if counter > 3:
    def choose():
        return "defined in the if branch"
else:
    def choose():
        return "defined in the else branch"
print(choose())
