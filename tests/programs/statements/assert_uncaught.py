# An uncaught failed assert ends the program with a traceback and status 1.
def validate(values):
    total = sum(values)
    assert total == 10, f"total was {total}"
    return total

print(validate([5, 5]))
print(validate([1, 2, 3]))
print("not reached")
