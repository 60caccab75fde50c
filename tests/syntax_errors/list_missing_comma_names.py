# two names in a list without a comma
y = [a b]
