# The module's public names and their kinds.
import marshal

print(sorted(name for name in dir(marshal) if not name.startswith('__')))
print(marshal.__name__, type(marshal.version).__name__, marshal.version)
print(type(marshal.dumps).__name__, marshal.dumps.__name__, marshal.loads.__name__)
print(marshal.dump.__name__, marshal.load.__name__)
