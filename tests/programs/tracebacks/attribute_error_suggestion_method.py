# AttributeError suggestion for a misspelled method of a builtin type.
items = [3, 1, 2]
items.apend(4)
