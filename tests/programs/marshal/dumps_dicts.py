# Dicts ('{'): key, value pairs in insertion order, closed by TYPE_NULL ('0').
import marshal


def show(value, version=4):
    print(value, version, marshal.dumps(value, version))


show({})
show({1: 2})
two = [2]
show({'a': 1, 'b': two, 3: None})
nested = {'nested': True}
show({(1, 2): nested})
d = {}
d['z'] = 1
d['a'] = 2
show(d)
for version in range(5):
    show({'k': 'v'}, version)
