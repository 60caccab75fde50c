# the keyword 'import' used as an assignment target
import = 1
