# two tuple elements without a comma
y = (1 2)
