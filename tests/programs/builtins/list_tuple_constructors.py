# list() and tuple() from iterables, and basic list methods.
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(x * x for x in range(3)))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
lst = [5, 3, 1]
lst.append(4); lst.extend([9, 8]); lst.insert(0, 0); lst.insert(100, 7); lst.insert(-1, 6)
print(lst, lst.pop(), lst.pop(0), lst.index(9), lst.count(3))
lst.remove(3); lst.reverse()
print(lst, lst.copy() == lst, lst.copy() is lst)
lst.sort()
print(lst, lst[::-1], lst[1:-1], lst[::2])
lst[1:3] = ["a", "b", "c"]; print(lst)
del lst[::2]; print(lst)
lst.clear(); print(lst)
print([1, 2] * 2, 2 * [0], [1] + [2], [[]] * 2, (1,) * 3, () * 5)
print([1, 2, 3] < [1, 3], (1, 2) == (1, 2), [1, 2] == (1, 2))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
