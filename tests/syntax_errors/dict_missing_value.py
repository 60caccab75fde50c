# a dict key with ':' and no value
d = {1:}
