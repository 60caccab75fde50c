# except* with no exception type
try:
    pass
except*:
    pass
