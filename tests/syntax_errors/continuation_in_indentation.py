# a backslash continuation followed by a line with bad indentation
if x:
    y = 1 + \
2
  z = 3
