# invalid UTF-8 inside a bytes literal
x = b'ÿ'
