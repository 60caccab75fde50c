# a triple-single-quoted string that never closes
x = '''abc

y = 1
