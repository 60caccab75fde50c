# an elif indented less than its if but not at an outer level
if x:
    pass
  elif y:
    pass
