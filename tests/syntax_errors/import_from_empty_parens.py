# a from-import with empty parentheses
from os import ()
