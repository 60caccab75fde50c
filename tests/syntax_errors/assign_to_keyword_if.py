# a keyword used as an assignment target
if = 1
