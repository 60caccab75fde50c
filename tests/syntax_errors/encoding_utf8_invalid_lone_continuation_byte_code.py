# a lone UTF-8 continuation byte between tokens
x = 1 € 2
