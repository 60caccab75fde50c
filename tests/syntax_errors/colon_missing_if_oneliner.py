# a one-line if statement without ':'
if x pass
