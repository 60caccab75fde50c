# a trailing operator after a string of three non-ASCII letters
x = 'ééé' +
