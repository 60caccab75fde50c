# an annotation on a call
f(): int
