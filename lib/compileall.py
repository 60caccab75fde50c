"""Module/script to byte-compile all .py files to .pyc files.

Krait's own compileall, with the standard library's functions, messages
and main options (-l, -r, -f, -q, -b, -d, -o, --invalidation-mode): the
stdlib's version needs os, struct, argparse and re, which come with
Krait's native standard library. The .pyc files it writes are Krait's.
"""

import sys
import py_compile
import _frozen_importlib_external as _bootstrap_external

__all__ = ["compile_dir", "compile_file", "compile_path"]

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _mode(path):
    try:
        return _bootstrap_external._path_mode(path)
    except OSError:
        return 0


def _isdir(path):
    return _mode(path) & _S_IFMT == _S_IFDIR


def _isfile(path):
    return _mode(path) & _S_IFMT == _S_IFREG


def _join(directory, name):
    if not directory:
        return name
    return directory + name if directory.endswith('/') else directory + '/' + name


def _walk_dir(dir, maxlevels, quiet=0):
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = _bootstrap_external._listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    for name in names:
        if name == '__pycache__':
            continue
        fullname = _join(dir, name)
        if not _isdir(fullname):
            yield fullname
        elif maxlevels > 0 and name not in ('.', '..'):
            yield from _walk_dir(fullname, maxlevels=maxlevels - 1, quiet=quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0,
                legacy=False, optimize=-1, workers=1, invalidation_mode=None, *,
                stripdir=None, prependdir=None, limit_sl_dest=None, hardlink_dupes=False):
    """Byte-compile all modules in the given directory tree; answers True
    when every file compiled."""
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    success = True
    for file in _walk_dir(dir, quiet=quiet, maxlevels=maxlevels):
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize,
                            invalidation_mode, stripdir=stripdir, prependdir=prependdir,
                            limit_sl_dest=limit_sl_dest, hardlink_dupes=hardlink_dupes):
            success = False
    return success


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False,
                 optimize=-1, invalidation_mode=None, *, stripdir=None, prependdir=None,
                 limit_sl_dest=None, hardlink_dupes=False):
    """Byte-compile one file; answers True on success."""
    success = True
    fullname = _bootstrap_external._os_fspath(fullname)
    name = fullname.rpartition('/')[2]
    dfile = None
    if ddir is not None:
        dfile = _join(ddir, name)
    if rx is not None and rx.search(fullname):
        return success
    if isinstance(optimize, int):
        optimize = [optimize]
    optimize = sorted(set(optimize))
    opt_cfiles = {}
    if _isfile(fullname):
        for opt_level in optimize:
            if legacy:
                opt_cfiles[opt_level] = fullname + 'c'
            elif opt_level >= 0:
                opt = opt_level if opt_level >= 1 else ''
                opt_cfiles[opt_level] = _bootstrap_external.cache_from_source(
                    fullname, optimization=opt)
            else:
                opt_cfiles[opt_level] = _bootstrap_external.cache_from_source(fullname)
        if name.endswith('.py'):
            if not force:
                try:
                    mtime = int(_bootstrap_external._path_stats(fullname)[0])
                    expect = (_bootstrap_external.MAGIC_NUMBER + bytes(4)
                              + _bootstrap_external._pack_uint32(mtime))
                    for cfile in opt_cfiles.values():
                        if _bootstrap_external._read_file(cfile)[:12] != expect:
                            break
                    else:
                        return success
                except OSError:
                    pass
            if not quiet:
                print('Compiling {!r}...'.format(fullname))
            try:
                for opt_level in optimize:
                    ok = py_compile.compile(fullname, opt_cfiles[opt_level], dfile, True,
                                            optimize=opt_level,
                                            invalidation_mode=invalidation_mode)
            except py_compile.PyCompileError as err:
                success = False
                if quiet >= 2:
                    return success
                elif quiet:
                    print('*** Error compiling {!r}...'.format(fullname))
                else:
                    print('*** ', end='')
                encoding = sys.stdout.encoding or sys.getdefaultencoding()
                print(err.msg.encode(encoding, errors='backslashreplace').decode(encoding))
            except (SyntaxError, UnicodeError, OSError) as e:
                success = False
                if quiet >= 2:
                    return success
                elif quiet:
                    print('*** Error compiling {!r}...'.format(fullname))
                else:
                    print('*** ', end='')
                print(e.__class__.__name__ + ':', e)
            else:
                if ok == 0:
                    success = False
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False,
                 optimize=-1, invalidation_mode=None):
    """Byte-compile all modules on sys.path."""
    success = True
    for dir in sys.path:
        if (not dir or dir == '.') and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet,
                                              legacy=legacy, optimize=optimize,
                                              invalidation_mode=invalidation_mode)
    return success


_USAGE = ("usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-c] [-d DESTDIR]\n"
          "                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]\n"
          "                     [-j WORKERS]\n"
          "                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]\n"
          "                     [-o OPT_LEVELS] [-e LIMIT_SL_DEST] [--hardlink-dupes]\n"
          "                     [FILE|DIR ...]\n")


def _usage_error(message):
    sys.stderr.write(_USAGE + "compileall.py: error: " + message + "\n")
    sys.exit(2)


def main():
    """Script main program: the options of `python -m compileall` that need
    neither regular expressions nor worker processes."""
    maxlevels = None
    force = False
    quiet = 0
    legacy = False
    ddir = None
    opt_levels = []
    invalidation_mode = None
    targets = []
    arguments = sys.argv[1:]
    index = 0
    modes = {'timestamp': py_compile.PycInvalidationMode.TIMESTAMP,
             'checked-hash': py_compile.PycInvalidationMode.CHECKED_HASH,
             'unchecked-hash': py_compile.PycInvalidationMode.UNCHECKED_HASH}

    def value_of(option):
        nonlocal index
        index += 1
        if index >= len(arguments):
            _usage_error(f"argument {option}: expected one argument")
        return arguments[index]

    while index < len(arguments):
        argument = arguments[index]
        if argument == '-l':
            maxlevels = 0
        elif argument == '-r':
            text = value_of('-r RECURSION')
            try:
                maxlevels = int(text)
            except ValueError:
                _usage_error(f"argument -r: invalid int value: {text!r}")
        elif argument == '-f':
            force = True
        elif argument == '-q':
            quiet += 1
        elif argument == '-b':
            legacy = True
        elif argument == '-d':
            ddir = value_of('-d DESTDIR')
        elif argument == '-o':
            text = value_of('-o OPT_LEVELS')
            try:
                opt_levels.append(int(text))
            except ValueError:
                _usage_error(f"argument -o: invalid int value: {text!r}")
        elif argument == '--invalidation-mode':
            text = value_of('--invalidation-mode')
            if text not in modes:
                _usage_error(f"argument --invalidation-mode: invalid choice: {text!r} "
                             "(choose from 'checked-hash', 'timestamp', 'unchecked-hash')")
            invalidation_mode = modes[text]
        elif argument.startswith('-') and argument != '-':
            _usage_error(f"unrecognized arguments: {argument}")
        else:
            targets.append(argument)
        index += 1
    if not opt_levels:
        opt_levels = [-1]
    success = True
    try:
        if targets:
            for dest in targets:
                if _isfile(dest):
                    if not compile_file(dest, ddir, force, None, quiet, legacy,
                                        invalidation_mode=invalidation_mode,
                                        optimize=opt_levels):
                        success = False
                elif not compile_dir(dest, maxlevels, ddir, force, None, quiet, legacy,
                                     invalidation_mode=invalidation_mode,
                                     optimize=opt_levels):
                    success = False
            return success
        return compile_path(legacy=legacy, force=force, quiet=quiet,
                            invalidation_mode=invalidation_mode, optimize=opt_levels)
    except KeyboardInterrupt:
        if quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == '__main__':
    exit_status = int(not main())
    sys.exit(exit_status)
