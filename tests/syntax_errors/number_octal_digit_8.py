# an octal literal containing the digit 8
x = 0o178
