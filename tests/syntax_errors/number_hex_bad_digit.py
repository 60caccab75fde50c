# a hex literal followed by a non-hex letter
x = 0x1g
