# a relative 'import .mod' without 'from'
import .mod
