# an imaginary literal directly followed by letters
x = 1jk
