# Warning classes and their bases.
for w in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
          SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
          UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    print(w.__name__, [c.__name__ for c in w.__mro__])
print(issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
print(issubclass(UserWarning, DeprecationWarning))
