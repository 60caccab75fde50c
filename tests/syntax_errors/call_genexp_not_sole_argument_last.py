# an unparenthesized generator expression after another argument
f(1, x for x in y)
