# Recursion to depth 900 is within the default limit of 1000.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(500)
count = 0
while x:
    x = x[0]
    count += 1
print(count)
def sum_list(lst):
    return 0 if not lst else lst[0] + sum_list(lst[1:])
print(sum_list(list(range(800))))
