# an except* header without ':'
try:
    pass
except* ValueError
    pass
