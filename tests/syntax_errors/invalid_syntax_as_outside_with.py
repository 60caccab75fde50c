# 'as' used outside with/import/except
x = y as z
