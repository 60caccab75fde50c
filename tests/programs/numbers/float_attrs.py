# float.real, .imag, .conjugate(), __getformat__, and dir(float).
for f in [1.5, -0.0, float('inf'), 1e300]:
    print(repr(f.real), repr(f.imag), repr(f.conjugate()), type(f.real).__name__)
class F(float):
    pass
x = F(2.5)
print(type(x.real).__name__, type(x.conjugate()).__name__, type(x + 1).__name__, type(-x).__name__, type(abs(x)).__name__)
print(float.__getformat__('double'), float.__getformat__('float'))
try:
    float.__getformat__('int')
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1.5).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(float))
print(type(float.__dict__['fromhex']).__name__, type(float.__dict__['real']).__name__, float.__name__)
