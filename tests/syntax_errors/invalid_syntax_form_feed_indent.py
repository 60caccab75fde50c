# an invalid statement on a line starting with a form feed
x = = 1
