# a from-import of '*' and a name
from os import *, path
