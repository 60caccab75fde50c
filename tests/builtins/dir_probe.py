"""Prints, a line each, the public attributes (dir()) of every built-in type.

check_dir.py runs this under CPython and under Krait and compares the lines.
The types are every type in the builtins module and the types Python code
reaches without importing anything (through type() of an expression)."""
import builtins
import sys


def sample_frame():
    return sys._getframe()


async def sample_coroutine():
    pass


async def sample_async_generator():
    yield


def sample_traceback():
    try:
        raise ValueError
    except ValueError as error:
        return error.__traceback__


class SampleClass:
    def method(self):
        pass


class SampleSlots:
    __slots__ = ("slot",)


coroutine = sample_coroutine()
coroutine.close()

REACHED = {
    "NoneType": lambda: type(None),
    "NotImplementedType": lambda: type(NotImplemented),
    "ellipsis": lambda: type(...),
    "function": lambda: type(sample_frame),
    "method": lambda: type(SampleClass().method),
    "builtin_function_or_method": lambda: type(len),
    "method_descriptor": lambda: type(str.join),
    "classmethod_descriptor": lambda: type(dict.__dict__["fromkeys"]),
    "wrapper_descriptor": lambda: type(object.__init__),
    "method-wrapper": lambda: type(object().__str__),
    "getset_descriptor": lambda: type(type.__dict__["__doc__"]),
    "member_descriptor": lambda: type(SampleSlots.__dict__["slot"]),
    "code": lambda: type(sample_frame.__code__),
    "cell": lambda: type((lambda x: lambda: x)(1).__closure__[0]),
    "frame": lambda: type(sample_frame()),
    "traceback": lambda: type(sample_traceback()),
    "generator": lambda: type(x for x in ()),
    "coroutine": lambda: type(coroutine),
    "async_generator": lambda: type(sample_async_generator()),
    "module": lambda: type(sys),
    "mappingproxy": lambda: type(type.__dict__),
    "SimpleNamespace": lambda: type(sys.implementation),
    "GenericAlias": lambda: type(list[int]),
    "UnionType": lambda: type(int | str),
    "dict_keys": lambda: type({}.keys()),
    "dict_values": lambda: type({}.values()),
    "dict_items": lambda: type({}.items()),
    "dict_keyiterator": lambda: type(iter({})),
    "dict_valueiterator": lambda: type(iter({}.values())),
    "dict_itemiterator": lambda: type(iter({}.items())),
    "dict_reversekeyiterator": lambda: type(reversed({})),
    "list_iterator": lambda: type(iter([])),
    "list_reverseiterator": lambda: type(reversed([])),
    "tuple_iterator": lambda: type(iter(())),
    "set_iterator": lambda: type(iter(set())),
    "str_ascii_iterator": lambda: type(iter("")),
    "str_iterator": lambda: type(iter("\u20ac")),
    "bytes_iterator": lambda: type(iter(b"")),
    "bytearray_iterator": lambda: type(iter(bytearray())),
    "range_iterator": lambda: type(iter(range(0))),
    "longrange_iterator": lambda: type(iter(range(2 ** 64))),
    "callable_iterator": lambda: type(iter(int, 1)),
    "iterator": lambda: type(iter(type("Sequence", (), {"__getitem__": lambda s, i: i})())),
    "structseq(sys.flags)": lambda: type(sys.flags),
    "structseq(sys.version_info)": lambda: type(sys.version_info),
    "structseq(sys.float_info)": lambda: type(sys.float_info),
    "structseq(sys.int_info)": lambda: type(sys.int_info),
    "structseq(sys.hash_info)": lambda: type(sys.hash_info),
}


def describe(label, obtain):
    try:
        kind = obtain()
    except BaseException as error:
        print(f"{label}: cannot be reached: {type(error).__name__}")
        return
    print(f"{label}: {' '.join(sorted(dir(kind)))}")


# site.py adds help, exit, quit, copyright, credits and license (from
# _sitebuiltins); they come with the import system, not with the built-ins.
SITE_NAMES = {"help", "exit", "quit", "copyright", "credits", "license"}
print(f"builtins: {' '.join(sorted(set(dir(builtins)) - SITE_NAMES))}")
for name, value in sorted(vars(builtins).items()):
    # __loader__ and __spec__ belong to the import system.
    if isinstance(value, type) and not name.startswith("__"):
        describe(name, lambda: value)
for label, obtain in REACHED.items():
    describe(label, obtain)
