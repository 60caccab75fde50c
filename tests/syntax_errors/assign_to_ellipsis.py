# assignment to an ellipsis
... = 1
