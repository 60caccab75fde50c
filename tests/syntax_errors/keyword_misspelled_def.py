# a misspelled keyword: 'dfe'
dfe f():
    pass
