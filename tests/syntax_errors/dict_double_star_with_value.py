# a '**' entry followed by ': value'
x = {a: b, **c: d}
