# del of a parenthesized tuple containing a call
del (a, (b, f()))
