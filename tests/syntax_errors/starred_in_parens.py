# a starred expression alone in parentheses
y = (*a)
