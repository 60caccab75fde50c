# a \N{ escape without its closing brace
x = '\N{LATIN SMALL LETTER A'
