from . import deep
from .deep import leaf
