# an identifier starting with a superscript digit
²x = 1
