# dir(x) calls __dir__ looked up on type(x): a class's own __dir__ serves its
# instances, its metaclass's serves the class; the result comes back sorted.
class M(type):
    def __dir__(cls):
        return ['z', 'a']
class A(metaclass=M):
    def __dir__(self):
        return ('y', 'b', 'c')
print(dir(A), dir(A()))
print(dir(object)[:3], '__add__' in dir(int), 'append' in dir([]), 'mro' in dir(type))
print('__dir__' in dir(object()), 'real' in dir(1), 'keys' in dir(dict))
class B:
    x = 1
    def f(self): pass
b = B()
b.y = 2
print([n for n in dir(b) if not n.startswith('__')], [n for n in dir(B) if not n.startswith('__')])
class C:
    def __dir__(self):
        return 5
for call in [lambda: dir(C()), lambda: dir(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
