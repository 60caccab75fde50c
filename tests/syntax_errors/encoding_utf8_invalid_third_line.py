# invalid UTF-8 on line 3 after two valid lines
x = 1
y = ' '
