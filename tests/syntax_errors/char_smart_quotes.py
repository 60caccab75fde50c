# a string written with typographic quotes
x = “hello”
