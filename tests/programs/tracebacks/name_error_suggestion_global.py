# NameError suggestion from module globals inside a function.
configuration = {"debug": True}

def check():
    return configuraton["debug"]

check()
