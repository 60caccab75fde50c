# a name and a string without a comma in parentheses
y = (a 'b')
