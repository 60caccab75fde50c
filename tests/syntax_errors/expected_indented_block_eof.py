# an 'if' header followed by end of file
if x:
