# nonlocal in a top-level class body finds no enclosing function binding.
class C:
    nonlocal y
    y = 1
