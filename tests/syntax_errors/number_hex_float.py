# a hexadecimal float literal (not Python)
x = 0x1.8p3
