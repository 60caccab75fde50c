# The builtin exception hierarchy: each class's direct base.
classes = [
    BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
    StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError,
    OverflowError, ZeroDivisionError, AssertionError, AttributeError,
    BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError,
    IndexError, KeyError, MemoryError, NameError, UnboundLocalError,
    OSError, BlockingIOError, ChildProcessError, ConnectionError,
    BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
    ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
    IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
    TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
    RecursionError, SyntaxError, IndentationError, TabError, SystemError,
    TypeError, ValueError, UnicodeError, UnicodeDecodeError,
    UnicodeEncodeError, UnicodeTranslateError, BaseExceptionGroup, ExceptionGroup,
]
for cls in classes:
    print(f"{cls.__name__:24} <- {', '.join(b.__name__ for b in cls.__bases__)}")
