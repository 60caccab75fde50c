# a second line of a function body indented too far
def f():
    a = 1
      b = 2
