# a starred expression as a dict value
d = {1: *a}
