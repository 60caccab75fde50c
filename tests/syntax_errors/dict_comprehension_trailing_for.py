# a dict comprehension with a bare 'for'
d = {1: 2 for}
