a = [1, 2, 3]
a[1:2] = a; print(a)
a = [1, 2, 3]
a[:0] = a; print(a)
a = [1, 2, 3]
a[len(a):] = a; print(a)
a = [1, 2, 3, 4]
a[::2] = a[::-2]; print(a)
a = [1, 2, 3, 4]
a[1:3] = reversed(a); print(a)
a = [1, 2, 3]
a[:] = (x * 2 for x in a); print(a)
a = list(range(10))
del a[::3]; print(a)
del a[1::2]; print(a)
del a[:]; print(a)
b = [1, 2, 3]
b[5:10] = 'ab'; print(b)
b[-10:-8] = 'z'; print(b)
b[2:1] = 'mid'; print(b)
