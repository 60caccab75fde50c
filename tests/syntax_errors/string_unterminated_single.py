# a single-quoted string with no closing quote
x = 'abc
