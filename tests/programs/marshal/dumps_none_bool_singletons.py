# marshal.dumps of the singletons: None, True, False, Ellipsis, StopIteration,
# in every version (they never take a reference flag).
import marshal

for version in range(5):
    for value in [None, True, False, ..., StopIteration]:
        print(version, repr(value), marshal.dumps(value, version))
