# sys.flags for a plain run (PYTHONDONTWRITEBYTECODE=1 is set by the harness).
import sys
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.dont_write_bytecode, f.no_user_site)
print(f.no_site, f.ignore_environment, f.verbose, f.bytes_warning, f.quiet)
print(f.hash_randomization, f.isolated, f.dev_mode, f.utf8_mode, f.int_max_str_digits)
print(type(f).__name__, f.optimize == 0)
