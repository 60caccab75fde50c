# a function definition header at end of file
def f():
