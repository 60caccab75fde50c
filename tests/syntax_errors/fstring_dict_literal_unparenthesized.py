# an unparenthesized dict display inside an f-string
x = f'{{a: 1}}' + f'{ {a:} }'
