# a from-import with no module
from import path
