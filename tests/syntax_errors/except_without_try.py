# an except clause with no try
except ValueError:
    pass
