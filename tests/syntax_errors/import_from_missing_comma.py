# a from-import of two names without a comma
from x import a b
