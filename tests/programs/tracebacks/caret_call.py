# Carets under a failing call inside an expression.
def parse(text):
    return int(text)

values = ["1", "2", "three"]
total = 0
for v in values:
    total = total + parse(v) * 2
