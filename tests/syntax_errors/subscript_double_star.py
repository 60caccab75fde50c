# '**' inside a subscript
x[**a]
