# a bad conversion in a nested format spec
x = f'{a!s:{b!z}}'
