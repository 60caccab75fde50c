# an opening parenthesis never closed before end of file
x = (1, 2
