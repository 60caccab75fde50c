# the file ends inside a dict after a key and ':'
x = {1:
