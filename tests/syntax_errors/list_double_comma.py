# two commas in a list display
a = [1, 2, 3,, 4]
