# an annotation on a list target
[a]: int
