# an invalid statement after non-ASCII characters on the same line
x = 'ééé' +* 1
