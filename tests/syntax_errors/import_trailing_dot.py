# an import of a module name ending with '.'
import os.
