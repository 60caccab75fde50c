def fail():
    return {}["missing key"]
fail()
