# a stray closing parenthesis at the start of a line
)
