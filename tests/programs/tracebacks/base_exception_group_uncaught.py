# An uncaught BaseExceptionGroup containing a KeyboardInterrupt.
raise BaseExceptionGroup("base group", [KeyboardInterrupt(), ValueError("v")])
