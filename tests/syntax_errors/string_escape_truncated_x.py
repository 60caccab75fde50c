# a \x escape with one hex digit in a str literal
x = 'a\x1'
