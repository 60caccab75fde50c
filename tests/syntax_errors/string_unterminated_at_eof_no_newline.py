# an unterminated string at end of file without a final newline
x = 'abc