# sys.modules holds sys and __main__; __name__ is '__main__'.
import sys
print("sys" in sys.modules, "__main__" in sys.modules, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__, __name__, sys.modules["sys"] is sys)
main = sys.modules["__main__"]
marker = 42
print(main.marker)
b = sys.modules["builtins"]
print(b.len is len, b.__name__, type(b).__name__)
