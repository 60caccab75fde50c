#!/usr/bin/env python3
# vim: set fileencoding=no-such-codec :
x = 1
