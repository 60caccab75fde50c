# A starred expression used where no unpacking is possible.
x = 1
y = *x
