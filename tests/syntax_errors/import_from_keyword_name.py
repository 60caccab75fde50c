# a from-import of a keyword
from os import if
