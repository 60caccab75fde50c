# a dict entry without ':' after a full entry
d = {1: 2, 3}
