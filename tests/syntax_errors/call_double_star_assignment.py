# '**a = 1' inside a call
f(**a = 1)
