# a file with a UTF-8 BOM and a parse error
x = = 1
