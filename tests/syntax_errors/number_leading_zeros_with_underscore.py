# a non-zero literal starting 0_
x = 0_7
