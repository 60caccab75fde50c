# no indented block after a decorated function definition
@dec
def f():
pass
