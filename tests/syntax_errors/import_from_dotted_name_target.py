# a from-import of a dotted name
from os import path.join
