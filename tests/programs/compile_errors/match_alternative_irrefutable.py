# An irrefutable alternative that is not the last one in an or-pattern.
match 1:
    case x | 1:
        pass
