# Methods of a class defined in a function can use and rebind the function's variables.
def make_class():
    count = 0
    class Counter:
        def increment(self):
            nonlocal count
            count += 1
            return count
        def peek(self):
            return count
    return Counter

C = make_class()
a, b = C(), C()
print(a.increment(), b.increment(), a.peek())
D = make_class()
print(D().peek(), D().increment(), C().peek())

def make_class_attr():
    label = "from function"
    class K:
        attr = label
        def get(self):
            return label
    label = "rebound later"
    return K
K = make_class_attr()
print(K.attr, K().get())
