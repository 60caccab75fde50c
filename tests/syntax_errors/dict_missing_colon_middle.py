# a dict entry without ':' between two full entries
d = {1: 2, 3, 4: 5}
