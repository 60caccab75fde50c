# a plain import with parentheses
import (os, sys)
