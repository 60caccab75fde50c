# an empty subscript
x[]
