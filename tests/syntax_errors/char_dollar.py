# a dollar sign outside a string
x = $y
