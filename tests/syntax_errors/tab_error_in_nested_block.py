# a nested block mixing a tab and spaces inconsistently
def f():
    if x:
	pass
