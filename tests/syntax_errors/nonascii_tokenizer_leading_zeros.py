# a leading-zero literal after a non-ASCII string
x = 'é' + 0777
