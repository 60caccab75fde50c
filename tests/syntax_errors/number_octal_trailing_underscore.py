# an octal literal ending with an underscore
x = 0o7_
