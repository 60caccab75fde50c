# invalid UTF-8 inside an identifier
ab€c = 1
