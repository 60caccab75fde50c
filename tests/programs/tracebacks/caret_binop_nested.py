# The caret marks the failing operator inside a larger expression.
a, b, c = 1, "two", 3
result = (a * c) + b * 2 - a
