# a from-import whose module is a string
from 'os' import path
