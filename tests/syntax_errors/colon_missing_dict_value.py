# a dict display entry without ':'
d = {1: 2, 3 4}
