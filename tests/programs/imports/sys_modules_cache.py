# sys.modules is the cache user code reads and edits.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import plain
plain.bump()
print(plain.counter, sys.modules["plain"] is plain)
import plain as again
print(again is plain, again.counter)
del sys.modules["plain"]
import plain as fresh
print(fresh is plain, fresh.counter, plain.counter)
class Fake:
    value = "from a fake module"
sys.modules["fake_module"] = Fake()
import fake_module
from fake_module import value
print(fake_module.value, value)
