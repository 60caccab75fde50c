# a dict entry with two ':'
d = {1: 2: 3}
