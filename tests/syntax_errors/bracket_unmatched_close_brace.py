# a closing brace with no opening one
x = 1}
