# a from-import with two 'as'
from os import path as p as q
