# a truncated \x escape on the second line of a triple-quoted string
x = '''abc
d\x4'''
