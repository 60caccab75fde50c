# a lambda '/' with no parameter before it
f = lambda /: 0
