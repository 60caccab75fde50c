# 'not is' instead of 'is not'
x = a not is b
