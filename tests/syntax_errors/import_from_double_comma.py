# a from-import with two commas
from os import a,, b
