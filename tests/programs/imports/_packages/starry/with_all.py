__all__ = ["shown", "also_shown"]
shown = 1
also_shown = 2
hidden = 3
_private = 4
