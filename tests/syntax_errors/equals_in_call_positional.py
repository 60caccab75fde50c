# '=' after a non-name expression in a call
f(a + 1 = 2)
