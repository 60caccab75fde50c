# a byte-order mark in the middle of a line
x = 1
y =﻿2
