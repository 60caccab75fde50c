# a Python 2 print statement of a non-ASCII string
print 'é'
