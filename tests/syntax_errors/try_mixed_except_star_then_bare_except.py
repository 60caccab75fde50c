# except* followed by a bare except
try:
    pass
except* ValueError:
    pass
except:
    pass
