# a bad numeric literal inside a call
print(12a)
