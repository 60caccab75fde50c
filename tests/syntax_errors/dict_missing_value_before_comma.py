# a dict key with ':' and no value before a comma
d = {1:, 2: 3}
