# a starred expression as a dict key
d = {*a: 1}
