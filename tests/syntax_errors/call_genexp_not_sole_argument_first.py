# an unparenthesized generator expression followed by another argument
f(x for x in y, 1)
