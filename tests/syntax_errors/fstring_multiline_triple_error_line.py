# an f-string error on line 3 of a triple-quoted f-string
x = f'''
line two
{a b}
'''
