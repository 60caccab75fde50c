# a right-to-left mark between tokens
x = ‏1
