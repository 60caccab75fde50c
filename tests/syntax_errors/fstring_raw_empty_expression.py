# an empty replacement field in a raw f-string
x = rf'{}'
