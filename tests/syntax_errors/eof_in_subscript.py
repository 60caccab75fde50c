# the file ends inside a subscript
x = a[1
