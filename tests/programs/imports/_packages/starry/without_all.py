public = "yes"
_private = "no"
import sys as _sys_alias
