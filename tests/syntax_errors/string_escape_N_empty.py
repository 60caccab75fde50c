# an empty \N{} escape
x = '\N{}'
