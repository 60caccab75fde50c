from ... import TOP
from ...sibling import VALUE
from .. import deep as me_parent
from . import __name__ as package_name_seen
def describe():
    return (TOP, VALUE, me_parent.__name__)
