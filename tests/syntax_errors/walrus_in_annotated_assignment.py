# ':=' as the value of an annotated assignment
x: int := 1
