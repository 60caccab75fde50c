# 'return' at module level is a compile-time SyntaxError; nothing runs.
print("never printed")
x = 1
return x
