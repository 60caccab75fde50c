# dir() of the numeric types matches CPython 3.11.
for t in (int, bool, float, complex):
    names = dir(t)
    print(t.__name__, len(names))
    print(names)
print(sorted(set(dir(int)) - set(dir(float))))
print(sorted(set(dir(float)) - set(dir(int))))
print(sorted(set(dir(complex)) - set(dir(float))))
