# a misspelled keyword: 'whille'
whille x:
    pass
