# _imp._override_frozen_modules_for_tests: the argument checks, and the
# helpers of test.support.import_helper that rely on it.
import _imp
print(_imp._override_frozen_modules_for_tests(-1))
print(_imp.find_frozen('json'), _imp.is_frozen('json'))
print(_imp._override_frozen_modules_for_tests(0))
print(_imp._override_frozen_modules_for_tests(True))
for bad in ["x", 1.5, 2**40, None]:
    try:
        _imp._override_frozen_modules_for_tests(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _imp._override_frozen_modules_for_tests()
except TypeError as e:
    print(e)
try:
    _imp._override_frozen_modules_for_tests(override=1)
except TypeError as e:
    print(e)
try:
    _imp.find_frozen(3)
except TypeError as e:
    print(e)
print(_imp.find_frozen('json', withdata=True))
print(_imp._override_frozen_modules_for_tests.__doc__)
_imp._override_frozen_modules_for_tests(0)

from test.support import import_helper
with import_helper.frozen_modules(False):
    import json
print(json.dumps([1, {"a": None}]))
py_json = import_helper.import_fresh_module('json', blocked=['_json'])
print(py_json.loads('[2, 3]'), py_json is json)
