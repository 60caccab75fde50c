# an annotation on a parenthesized tuple target
(a, b): int = 1
