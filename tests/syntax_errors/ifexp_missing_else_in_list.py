# a conditional expression without 'else' in a list
y = [a if b, c]
