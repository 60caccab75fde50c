# an import alias with a dot
import a as b.c
