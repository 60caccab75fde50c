# a nested string using the f-string's own quote (allowed only from 3.12)
x = f'{'a'}'
