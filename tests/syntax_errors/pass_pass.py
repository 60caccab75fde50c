# two statements on one line without a separator
pass pass
