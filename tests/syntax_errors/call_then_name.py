# a call followed by a name
x = f() g
