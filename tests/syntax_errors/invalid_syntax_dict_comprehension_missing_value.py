# a dict comprehension without a value
d = {k: for k in x}
