# a compound statement after a simple one on the same line
x = 1; if x: pass
