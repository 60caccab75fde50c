# a stray '}' inside a nested format spec
x = f'{a:{b}}}'
