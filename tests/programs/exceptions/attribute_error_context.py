# An AttributeError raised bare in __getattr__ gets the name and object of the failed
# lookup, so the traceback suggests a close name; one that already names them keeps them.
import sys
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError
class B:
    def __getattr__(self, attr):
        raise AttributeError("custom", name="other", obj=42)
for obj, attribute in ((A(), "bluch"), (B(), "x")):
    try:
        getattr(obj, attribute)
    except AttributeError as e:
        print(repr(e.name), type(e.obj).__name__)
sys.stderr = sys.stdout
A().bluch
