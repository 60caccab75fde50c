# a generator expression followed by a comma inside a subscript
a[b for b in c, d]
