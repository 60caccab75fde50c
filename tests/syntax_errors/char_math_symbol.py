# a mathematical operator symbol
x = a × b
