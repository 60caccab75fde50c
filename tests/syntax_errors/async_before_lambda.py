# 'async lambda'
f = async lambda: 1
