# '*args' after '**kwargs'
f(**k, *a)
