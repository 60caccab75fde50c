# PEP 695 type parameters on a def (Python 3.12, not 3.11)
def f[T](x: T) -> T:
    return x
