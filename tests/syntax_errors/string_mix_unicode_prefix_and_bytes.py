# a u-string followed by a bytes literal
x = u'' b''
