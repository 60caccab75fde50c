# an invalid statement in a file with CRLF line endings
x = 1
y = = 2
