# '**' with nothing after it in a dict
d = {1: 2, **}
