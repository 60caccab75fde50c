# an empty nested field inside a format spec
x = f'{a:{}}'
