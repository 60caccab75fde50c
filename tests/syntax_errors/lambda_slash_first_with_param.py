# a lambda '/' with no parameter before it, followed by a parameter
f = lambda /, a: 0
