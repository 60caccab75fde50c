# assignment to a starred call inside a tuple target
a, *f() = x
