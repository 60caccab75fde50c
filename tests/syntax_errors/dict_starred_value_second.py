# a starred expression as the second dict value
d = {1: 2, 3: *a}
