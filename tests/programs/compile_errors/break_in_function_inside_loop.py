# A loop in the caller does not make 'break' legal inside a nested function.
for i in range(3):
    def f():
        break
