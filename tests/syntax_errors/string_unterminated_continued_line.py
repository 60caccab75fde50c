# a string continued with a backslash-newline that never closes
x = 'abc\
def
