# Binary operations in tracebacks are marked with ~~~^^^ under the operator.
def ratio(a, b):
    return a / b

def compute(values):
    total = values[0] + values[1] * ratio(values[2], values[3])
    return total

print(compute([1, 2, 3, 4]))
print(compute([1, 2, 3, 0]))
