# two '=' with nothing between them in a chain
a = = b
