# a raw string ending in a backslash escapes the closing quote
x = r'abc\'
