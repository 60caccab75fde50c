# a string whose closing quote is escaped by a backslash
x = 'abc\'
