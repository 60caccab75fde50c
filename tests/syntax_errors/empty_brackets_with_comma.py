# square brackets containing only a comma
x = [,]
