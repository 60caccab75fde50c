# the file ends inside a parenthesized from-import
from os import (path,
