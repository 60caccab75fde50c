# an unexpected indent after indented comment lines
x = 1
  # c
    y
