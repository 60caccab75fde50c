from .cube import volume
from ..flat import square
from .. import KIND as parent_kind
