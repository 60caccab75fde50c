# two keyword arguments without a comma
print(end='' sep='')
