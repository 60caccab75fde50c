__all__ = ["good", 42]
good = 1
