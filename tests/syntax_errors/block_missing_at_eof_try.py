# a try header at end of file
try:
