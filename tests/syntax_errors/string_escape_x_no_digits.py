# a \x escape with no hex digits in a str literal
x = '\xg'
