# an f-string error in the second part of an implicit concatenation
x = 'abc' f'{}'
