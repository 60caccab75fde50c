# invalid UTF-8 in the literal part of an f-string
x = f"aÿb{x}"
