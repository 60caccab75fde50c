# an f-string whose replacement field is only spaces
x = f'{  }'
