# a from-import with 'as' and a trailing comma
from os import path as p, sep as s,
