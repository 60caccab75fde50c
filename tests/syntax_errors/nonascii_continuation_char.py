# a character after a backslash following a non-ASCII string
x = 'é' \ 1
