# a lambda with '**' and no name
f = lambda **: 0
