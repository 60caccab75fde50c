# a hex literal ending with an underscore
x = 0xff_
