from . import attr_late
