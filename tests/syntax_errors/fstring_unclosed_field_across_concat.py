# a field opened in one f-string and closed in the next
x = f'{a'  f'}'
