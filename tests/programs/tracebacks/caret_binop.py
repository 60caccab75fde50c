# Carets under a failing binary operation: ~~~ for operands, ^ for the operator.
def compute(a, b):
    total = a + 1
    return total / b

print(compute(3, 2))
compute(3, 0)
