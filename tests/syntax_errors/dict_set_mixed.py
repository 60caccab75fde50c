# a set element after a dict entry
d = {1: 2, *a}
