# An exception inside a generator expression: the <genexpr> frame.
data = [1, 2, 0, 4]
print(sum(10 // x for x in data))
