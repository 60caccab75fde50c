# an ASCII control character (U+0001)
x = 
