# a lambda whose body is a statement
f = lambda: return 1
