# invalid UTF-8 after an escape: the position counts from the start of the non-ASCII run
x = "a\nÃ©öse"
