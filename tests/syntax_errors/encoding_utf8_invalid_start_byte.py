# invalid UTF-8: a lone 0xff byte in a string
x = 'ÿ'
