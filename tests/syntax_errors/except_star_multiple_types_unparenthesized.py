# except* with two unparenthesized types
try:
    pass
except* ValueError, TypeError:
    pass
