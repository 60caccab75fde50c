# a bad escape in the second of two implicitly joined strings
x = ('abc'
     '\x4')
