# a bare '*' followed by '**k' in a lambda
f = lambda *, **k: 0
