# an identifier starting with a middle dot (XID_Continue only)
·a = 1
