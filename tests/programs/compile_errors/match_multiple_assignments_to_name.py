# The same capture name twice in one pattern.
match (1, 2):
    case (x, x):
        pass
