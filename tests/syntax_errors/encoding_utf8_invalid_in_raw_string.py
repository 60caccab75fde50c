# invalid UTF-8 in a raw string: the whole body is decoded at once
x = r"a\nÃ©öse"
