# a full-width parenthesis
print（1)
