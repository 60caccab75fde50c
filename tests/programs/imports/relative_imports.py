# Relative imports at levels 1 to 3 inside a package.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import rel.inner
from rel.inner.deep import leaf
print(leaf.describe())
print(leaf.package_name_seen)
print(rel.inner.leaf is leaf, rel.inner.deep.__package__, leaf.__package__)
try:
    import rel.inner.deep.too_far
except ImportError as error:
    print(type(error).__name__ + ":", error)
