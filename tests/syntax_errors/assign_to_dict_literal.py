# assignment to a dict display
{} = 1
