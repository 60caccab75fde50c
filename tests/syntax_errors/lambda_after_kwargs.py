# a lambda parameter after '**kwargs'
f = lambda **k, a: 0
