# a replacement field spanning lines in a single-quoted f-string
x = f'{a
}'
