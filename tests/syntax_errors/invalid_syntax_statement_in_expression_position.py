# a statement keyword inside parentheses
x = (pass)
