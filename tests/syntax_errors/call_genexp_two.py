# two unparenthesized generator expressions
f(x for x in y, z for z in w)
