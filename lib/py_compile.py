"""Routine to "compile" a .py file to a .pyc file.

Krait's own py_compile, with the standard library's API and command line:
the stdlib's version needs os, enum, argparse and traceback, which come
with Krait's native standard library; this one uses only the import
system's modules. The .pyc files it writes are Krait's.
"""

import sys
import _imp
import _frozen_importlib_external as _bootstrap_external

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """Exception raised when an error occurs while attempting to
    compile the file."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            errmsg = _format_syntax_error(exc_value).replace(
                'File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class _Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


def _format_syntax_error(error):
    """The lines traceback.format_exception_only gives for a SyntaxError:
    the interpreter's own display of it, captured."""
    saved = sys.stderr, error.__traceback__, error.__cause__, error.__context__
    collector = _Collector()
    sys.stderr = collector
    error.__traceback__ = error.__cause__ = error.__context__ = None
    try:
        sys.__excepthook__(type(error), error, None)
    finally:
        sys.stderr, error.__traceback__, error.__cause__, error.__context__ = saved
    return "".join(collector.parts)


class PycInvalidationMode:
    """How a .pyc records its source: a timestamp, or a hash that is
    checked or not (PEP 552)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f"<PycInvalidationMode.{self.name}: {self.value}>"


PycInvalidationMode.TIMESTAMP = PycInvalidationMode("TIMESTAMP", 1)
PycInvalidationMode.CHECKED_HASH = PycInvalidationMode("CHECKED_HASH", 2)
PycInvalidationMode.UNCHECKED_HASH = PycInvalidationMode("UNCHECKED_HASH", 3)


def _get_default_invalidation_mode():
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Byte-compile one Python source file to Python bytecode; returns the
    path of the byte-compiled file, or None on a reported error."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            optimization = optimize if optimize >= 1 else ''
            cfile = _bootstrap_external.cache_from_source(file, optimization=optimization)
        else:
            cfile = _bootstrap_external.cache_from_source(file)
    try:
        mode = _bootstrap_external._path_mode(cfile)
    except OSError:
        pass
    else:
        if mode & 0o170000 != 0o100000:
            raise FileExistsError(f'{cfile} is a non-regular file and will be changed into a '
                                  'regular one if import writes a byte-compiled file to it')
    loader = _bootstrap_external.SourceFileLoader('<py_compile>', file)
    source_bytes = loader.get_data(file)
    try:
        code = loader.source_to_code(source_bytes, dfile or file, _optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            else:
                sys.stderr.write(py_exc.msg + '\n')
        return None
    if invalidation_mode is PycInvalidationMode.TIMESTAMP:
        source_stats = loader.path_stats(file)
        bytecode = _bootstrap_external._code_to_timestamp_pyc(
            code, source_stats['mtime'], source_stats['size'])
    else:
        source_hash = _imp.source_hash(_bootstrap_external._RAW_MAGIC_NUMBER, source_bytes)
        bytecode = _bootstrap_external._code_to_hash_pyc(
            code, source_hash,
            invalidation_mode is PycInvalidationMode.CHECKED_HASH)
    mode = _bootstrap_external._calc_mode(file)
    _bootstrap_external._write_atomic(cfile, bytes(bytecode), mode)
    return cfile


_USAGE = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n"


def main():
    """Compile the files named on the command line (`-` reads the names
    from standard input), as `python -m py_compile`."""
    quiet = False
    filenames = []
    for argument in sys.argv[1:]:
        if argument in ('-h', '--help'):
            sys.stdout.write(_USAGE + "\nA simple command-line interface for py_compile module.\n"
                             "\npositional arguments:\n  filenames    Files to compile\n"
                             "\noptions:\n  -h, --help   show this help message and exit\n"
                             "  -q, --quiet  Suppress error output\n")
            sys.exit(0)
        elif argument in ('-q', '--quiet'):
            quiet = True
        elif argument.startswith('-') and argument != '-':
            sys.stderr.write(_USAGE + f"py_compile.py: error: unrecognized arguments: {argument}\n")
            sys.exit(2)
        else:
            filenames.append(argument)
    if not filenames:
        sys.stderr.write(_USAGE + "py_compile.py: error: the following arguments are "
                         "required: filenames\n")
        sys.exit(2)
    if filenames == ['-']:
        filenames = [filename.rstrip('\n') for filename in sys.stdin.readlines()]
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


if __name__ == "__main__":
    main()
