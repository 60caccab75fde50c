# invalid UTF-8: a lead byte followed by an ASCII byte
x = 'Ã('
