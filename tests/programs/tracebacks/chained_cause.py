# raise ... from ...: "The above exception was the direct cause of the following exception:"
def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise LookupError(f"cannot load {key!r}") from e

load("b")
