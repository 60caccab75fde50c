# an error on the line after a triple-quoted string
x = '''a
b'''
y = = 1
