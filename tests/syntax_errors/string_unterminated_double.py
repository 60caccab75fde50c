# a double-quoted string with no closing quote
x = "abc
