# an imaginary literal directly followed by an underscore
x = 5j_
