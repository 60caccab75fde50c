# no indented block after 'finally'
try:
    pass
finally:
pass
