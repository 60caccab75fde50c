# a \u escape used in an identifier
\u00e9 = 1
