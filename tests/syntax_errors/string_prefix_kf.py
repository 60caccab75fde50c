# an invalid string prefix made of two letters
x = kf'abc'
