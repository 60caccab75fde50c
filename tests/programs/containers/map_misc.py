def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')), list(map(max, [1, 5], [4, 2])))
calls = []
def g(n):
    for i in range(n):
        calls.append(i)
        yield i
print(list(map(lambda a, b: (a, b), g(3), 'x')), calls)
m = map(int, ['1', 'x', '3'])
print(next(m))
t(lambda: next(m))
print(next(m))
t(lambda: list(map(lambda: 0, [1])))
t(lambda: list(map(lambda a: 0, [1], [2])))
print(list(map(str.upper, 'aé')), list(map(len, [(), [1], 'ab'])))
m = map(abs, [-1, -2])
print(m.__reduce__()[1][0], next(m), list(m))
print(map.__doc__.splitlines()[0])
