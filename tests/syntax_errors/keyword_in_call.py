# a keyword used as an argument
f(class)
