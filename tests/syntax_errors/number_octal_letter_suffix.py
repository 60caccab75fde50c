# an octal literal directly followed by a letter
x = 0o7a
