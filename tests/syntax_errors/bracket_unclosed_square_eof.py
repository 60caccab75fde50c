# an opening square bracket never closed
x = [1, 2
