# assert with a message and no test
assert , 'msg'
