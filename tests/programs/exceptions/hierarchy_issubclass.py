# issubclass checks across the hierarchy, including aliases.
checks = [
    (KeyError, LookupError), (IndexError, LookupError), (KeyError, IndexError),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (TabError, IndentationError), (IndentationError, SyntaxError),
    (UnicodeDecodeError, ValueError), (UnicodeError, ValueError),
    (FileNotFoundError, OSError), (ConnectionResetError, ConnectionError),
    (BrokenPipeError, OSError), (TimeoutError, OSError),
    (SystemExit, Exception), (KeyboardInterrupt, Exception), (GeneratorExit, Exception),
    (SystemExit, BaseException), (StopIteration, Exception),
    (ExceptionGroup, Exception), (ExceptionGroup, BaseExceptionGroup),
    (BaseExceptionGroup, Exception), (bool, int), (Exception, object),
]
for sub, sup in checks:
    print(f"{sub.__name__}, {sup.__name__}: {issubclass(sub, sup)}")
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(ValueError, (TypeError, ArithmeticError)), issubclass(ValueError, (TypeError, Exception)))
