# a misspelled keyword: 'improt'
improt os
