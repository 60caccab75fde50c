# a try header without ':'
try
    pass
except:
    pass
