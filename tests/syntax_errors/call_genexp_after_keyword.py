# an unparenthesized generator expression after a keyword argument
f(a=1, x for x in y)
