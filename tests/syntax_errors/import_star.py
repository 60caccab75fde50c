# 'import *'
import *
