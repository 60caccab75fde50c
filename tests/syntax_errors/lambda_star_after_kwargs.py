# '*args' after '**kwargs' in a lambda
f = lambda **k, *a: 0
