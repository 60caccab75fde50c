# the DEL character (U+007F)
x = 
