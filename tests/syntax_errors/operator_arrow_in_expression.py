# '->' inside an expression
x = a -> b
