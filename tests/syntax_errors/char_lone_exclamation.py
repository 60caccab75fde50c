# an exclamation mark that is not part of !=
x = !y
