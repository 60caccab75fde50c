# An assignment expression in a comprehension's iterable.
values = [x for x in (y := [1, 2, 3])]
