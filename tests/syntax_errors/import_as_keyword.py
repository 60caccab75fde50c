# an import aliased to a keyword
import os as None
