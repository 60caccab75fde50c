# An assignment expression cannot rebind the comprehension's iteration variable.
values = [x := x + 1 for x in range(3)]
