# the Python 2 print statement inside a function
def f():
    print 'a', 'b'
