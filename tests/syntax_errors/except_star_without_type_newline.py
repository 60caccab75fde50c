# except* with no type and no ':'
try:
    pass
except*
    pass
