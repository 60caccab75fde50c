# **kwargs may carry keys that are not identifiers; keyword names may be non-ASCII.
def f(**kw):
    return kw

print(f(**{"not an identifier": 1, "123": 2}))
print(f(café=1, naïve=2))
def g(ñ, *, ß=3):
    return ñ + ß
print(g(1), g(ñ=2, ß=4))
print(sorted(f(**dict.fromkeys("cab", 0))))
d = f(a=1)
d["b"] = 2
print(f(**d), d is not f(**d))
