# an opening brace never closed
x = {1: 2
