# a missing comma inside a bracketed second dict key
x = {1: 2, [3 4]}
