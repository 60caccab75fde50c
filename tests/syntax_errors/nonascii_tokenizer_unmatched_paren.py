# an unmatched ')' after a non-ASCII string
x = 'é')
