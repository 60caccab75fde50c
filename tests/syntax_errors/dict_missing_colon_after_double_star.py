# a dict key without ":" after a ** entry
x = {**a, 3 4}
