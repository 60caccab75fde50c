# two '=' in a row
x = = 1
