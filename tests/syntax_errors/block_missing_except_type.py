# no indented block after 'except T'
try:
    pass
except ValueError as e:
pass
