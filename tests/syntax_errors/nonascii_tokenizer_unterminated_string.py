# an unterminated string after a non-ASCII string
x = 'é'; y = 'abc
