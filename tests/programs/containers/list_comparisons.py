def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 9], [1, 2] <= [1, 2], [1, 2] >= [1, 3], [] == [], [] <= [])
print([1] == (1,), [1] != (1,), [1.0] == [1])
nan = float('nan')
x = [nan]
print(x == x, [nan] < [nan], x <= x)
t(lambda: [1] < (1,))
t(lambda: [1] < 'a')
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1] <= None)
print([1, 'a'] == [1, 2], [1, 'a'] < [2, 2])
print(list.__eq__([1], (1,)), list.__lt__([1], [2]), list.__ne__([], 1))
print([[1, 2], [3]] < [[1, 2], [4]])
print(list.__gt__([3], [2]), list.__ge__([3], [3]), list.__le__([4], [3]))
t(lambda: list.__eq__((1,), [1]))
print([1, 2, 3] > [1, 2], [10**30] > [10**29])
class A:
    def __eq__(self, o):
        print('A.eq called')
        return True
print([A()] == [1], [1] == [A()])
t(lambda: hash([]))
print(list.__hash__)
