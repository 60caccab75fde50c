# NameError with a "Did you mean" suggestion for a similar local name.
def report():
    message_count = 3
    print("count is", mesage_count)

report()
