# a double-starred expression alone in parentheses
y = (**a)
