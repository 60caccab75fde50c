# assignment to a method call
obj.method(1) = 2
