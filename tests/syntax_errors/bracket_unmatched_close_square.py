# a closing square bracket with no opening one
x = 1]
