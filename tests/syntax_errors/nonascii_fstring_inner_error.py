# a missing comma inside an f-string expression containing a non-ASCII string
x = f'{"é" a}'
