# 'import' used inside an expression
x = import os
