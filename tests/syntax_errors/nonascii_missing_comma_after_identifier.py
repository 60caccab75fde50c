# a missing comma after a non-ASCII identifier (parser error: byte offset)
é = (1 2)
