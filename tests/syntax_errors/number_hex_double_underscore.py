# a hex literal with two consecutive underscores
x = 0x_f__f
