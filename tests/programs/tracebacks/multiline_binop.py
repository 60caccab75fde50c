# A failing binary operation whose operands span lines.
first = [1, 2, 3]
second = {"a": 1}
value = (first
         + second)
