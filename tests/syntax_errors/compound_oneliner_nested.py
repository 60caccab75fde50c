# two compound statements on one line
if x: for y in z: pass
