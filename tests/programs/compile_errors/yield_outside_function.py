# yield at module level.
print("never printed")
yield 1
