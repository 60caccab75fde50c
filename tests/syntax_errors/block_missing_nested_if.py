# no indented block after an if inside a def
def f():
    if x:
    return 1
