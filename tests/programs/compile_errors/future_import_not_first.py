# from __future__ imports must come first (after the docstring).
import sys
from __future__ import annotations
