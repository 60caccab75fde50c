# assignment to an f-string
f'{x}' = 1
