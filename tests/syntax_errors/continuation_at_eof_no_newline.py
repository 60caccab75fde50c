# a backslash as the last character of the file
x = 1 + \