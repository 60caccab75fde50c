# a valid non-ASCII identifier followed by an invalid character
café• = 1
