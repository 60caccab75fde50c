# '**' inside a list display
y = [**a]
