# an empty replacement field on the second line of a triple-quoted f-string
x = f'''abc
{}'''
