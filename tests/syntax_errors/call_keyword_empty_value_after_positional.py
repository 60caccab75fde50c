# a keyword argument with no value after a positional argument
print('a', end=)
