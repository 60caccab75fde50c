# an ESC control character (U+001B)
x = 1 
