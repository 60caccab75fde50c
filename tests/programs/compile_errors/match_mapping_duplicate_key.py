# A mapping pattern with the same literal key twice.
match {}:
    case {"a": 1, "a": 2}:
        pass
