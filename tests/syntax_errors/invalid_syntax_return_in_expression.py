# 'return' inside a call
f(return)
