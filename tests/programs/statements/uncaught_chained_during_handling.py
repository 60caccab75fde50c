# An exception raised while handling another prints both, joined by "During handling...".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return fallback(key)

def fallback(key):
    return int(key)

print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
