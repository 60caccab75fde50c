# a slice-like ':' on the right of an assignment
a = b : c
