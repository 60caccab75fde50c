# invalid UTF-8: an encoded surrogate code point
x = 'í €'
