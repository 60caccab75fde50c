# 'x=1 for ...' — a keyword then a for clause
f(x=1 for y in z)
