# invalid UTF-8 in a name inside an f-string replacement field
x = f"a{xÿ}"
