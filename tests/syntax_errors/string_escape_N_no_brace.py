# a \N escape without braces
x = '\N'
