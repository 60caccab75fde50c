# no indented block after a function definition
def f():
return 1
