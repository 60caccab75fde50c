# 'async' used as a variable name
async = 1
