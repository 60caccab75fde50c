# a dict key after the first entry is a call with bad arguments
x = {1: 2, f(**a, *b): 3}
