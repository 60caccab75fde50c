# two exception types without parentheses and an 'as'
try:
    pass
except ValueError, TypeError as e:
    pass
