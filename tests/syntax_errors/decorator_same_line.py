# a decorator and its def on the same line
@dec def f():
    pass
