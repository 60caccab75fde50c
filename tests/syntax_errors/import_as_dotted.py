# an import alias that is a dotted name
import os.path as p.q
