# a generator expression with a trailing comma then another argument
f(x for x in y, *a)
