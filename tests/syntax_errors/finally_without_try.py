# a finally clause with no try
finally:
    pass
