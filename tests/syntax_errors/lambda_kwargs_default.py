# a default value on a lambda's '**kwargs'
f = lambda **k=1: 0
