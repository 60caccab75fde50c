# a UTF-8 BOM followed by invalid UTF-8
x = 'ÿ'
