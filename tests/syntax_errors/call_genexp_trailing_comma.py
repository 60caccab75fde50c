# an unparenthesized generator expression with a trailing comma
f(x for x in y,)
