# the file ends right after a binary operator inside parentheses
x = (1 +
