# a from-import whose parentheses are never closed
from os import (path,
    sep
x = 1
