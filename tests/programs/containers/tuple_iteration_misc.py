def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

tp = (1, 2, 3)
it = iter(tp)
print(it.__length_hint__(), next(it), it.__length_hint__(), it.__reduce__()[1:])
it.__setstate__(0); print(list(it), it.__length_hint__(), it.__reduce__()[1:])
it = iter(tp)
it.__setstate__(-5); print(list(it))
it = iter(tp)
it.__setstate__(50); print(list(it))
it = iter(tp)
t(lambda: it.__setstate__('x'))
a, *b = tp; print(a, b)
*c, d = (); 
print("unreached")
