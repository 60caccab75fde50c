# invalid UTF-8: a multi-byte sequence cut by the end of the file
x = 'â‚