# PEP 695 type parameters on a class (Python 3.12, not 3.11)
class A[T]:
    pass
