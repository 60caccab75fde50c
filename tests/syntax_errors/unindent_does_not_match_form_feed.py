# a form feed in the indentation before a bad dedent
if x:
    y = 1
  z = 2
