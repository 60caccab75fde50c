# an opening parenthesis never closed, with later lines
x = foo(1,
        2,
        3
y = 4
