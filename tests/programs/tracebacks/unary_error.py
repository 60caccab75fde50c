# A failing unary operation inside an expression.
value = "text"
result = 1 + -value
