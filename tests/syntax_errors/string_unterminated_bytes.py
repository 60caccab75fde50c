# an unterminated bytes literal
x = b'abc
