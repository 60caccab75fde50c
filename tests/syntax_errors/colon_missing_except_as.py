# an except header with 'as' and no ':'
try:
    pass
except ValueError as e
    pass
