# a \N{...} escape naming no Unicode character
x = '\N{NO SUCH CHARACTER NAME}'
