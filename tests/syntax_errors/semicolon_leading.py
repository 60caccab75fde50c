# a line starting with a semicolon
; x = 1
