# a double-starred expression inside an f-string
x = f'{**a}'
