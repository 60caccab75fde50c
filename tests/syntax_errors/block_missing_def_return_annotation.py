# no block after a def with a return annotation
def f() -> int:
pass
