# implicit concatenation of a bytes and a str literal
x = b'abc' 'def'
