# an unterminated triple-quoted bytes literal
x = b'''abc
