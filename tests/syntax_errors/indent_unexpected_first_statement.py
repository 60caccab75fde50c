# the first statement of the file indented: unexpected indent
  x = 1
