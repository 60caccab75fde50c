# invalid UTF-8: an overlong encoding of '/'
x = 'À¯'
