# '*args' after '**kwargs' and a keyword argument
f(**a, b=1, *c)
