# no indented block after 'except*'
try:
    pass
except* ValueError:
pass
