# a plain import with a trailing comma
import os,
