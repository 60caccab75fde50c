# implicit concatenation of a str and a bytes literal
x = 'abc' b'def'
