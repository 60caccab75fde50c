# a from-import with a trailing comma and no parentheses
from os import path,
