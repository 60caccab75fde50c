# an unexpected indent right after a statement joined with a backslash
x = 1 + \
  2
  y = 3
