# a from-import of '*' in parentheses
from os import (*)
