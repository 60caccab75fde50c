# an annotation on a list in parentheses
([a, b]): int
