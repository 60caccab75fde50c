# a Python 2 print with a percent format
print 'x=%d' % x
