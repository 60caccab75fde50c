# an expression starting with '.'
x = .a
