# an en dash used as a minus sign
x = 5 – 3
