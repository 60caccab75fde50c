# _csv: dialect validation, the reader's parsing (quotes, escapes, newlines,
# strict mode, QUOTE_NONNUMERIC), the writer's quoting and the registry.
import _csv


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def value(self):
        return "".join(self.parts)


def lines(text):
    return text.splitlines(True)


print(sorted(x for x in dir(_csv) if not x.startswith("__")), _csv.__version__)
for kw in [dict(delimiter="ab"), dict(delimiter=1), dict(quotechar="ab"), dict(quoting=9),
           dict(lineterminator=1), dict(escapechar="ab"), dict(quotechar=None), dict(delimiter=""),
           dict(skipinitialspace="x"), dict(doublequote=0), dict(strict=1), dict(nosuch=1),
           dict(delimiter="\n"), dict(quotechar=None, quoting=_csv.QUOTE_NONE)]:
    try:
        d = _csv.reader([], **kw).dialect
        print(kw, "ok", repr(d.delimiter), repr(d.quotechar), d.quoting, d.doublequote, d.strict)
    except Exception as e:
        print(kw, type(e).__name__, e)
for data in ["a,b\n", '"a,""b""",c\n', 'a,"b\nc",d\n', "x\0y\n", '"a"b,c\n', 'a,"b', " a, b\n",
             "a\r\nb\rc\n", "\n\na\n", 'a,"",b\n', '"a\r\nb"\r\n']:
    try:
        print(repr(data), list(_csv.reader(lines(data))))
    except Exception as e:
        print(repr(data), type(e).__name__, e)
for rows, kw in [(['a,"b', 'c"d'], dict(strict=True)), (['1,"2",x'], dict(quoting=_csv.QUOTE_NONNUMERIC)),
                 (['1, 2.5,"3"'], dict(quoting=_csv.QUOTE_NONNUMERIC)), (["a!,b,c"], dict(escapechar="!")),
                 (['"a!"b",c'], dict(escapechar="!")), (["a;b"], dict(delimiter=";")),
                 (['a, "b"'], dict(skipinitialspace=True)), (['"a""b",c'], dict(doublequote=False)),
                 (["", "a"], {}), ([b"a"], {}), (["a\rb"], {}), (['"a', ""], dict(strict=True)),
                 (["a!"], dict(escapechar="!")), (['"a!', 'b"'], dict(escapechar="!")),
                 (["a,'b,c'"], dict(quotechar="'")), (['"a"b'], dict(strict=True))]:
    try:
        print(rows, kw, list(_csv.reader(rows, **kw)))
    except Exception as e:
        print(rows, kw, type(e).__name__, e)

for quoting in range(4):
    sink = Sink()
    w = _csv.writer(sink, quoting=quoting, escapechar="\\")
    for row in [[None, "a"], [""], [None], ["a\rb"], [" x"], [3 + 4j, 1, True, 2.5], ["q\"q", "d,e"]]:
        try:
            print(w.writerow(row), end=" ")
        except Exception as e:
            print(quoting, row, type(e).__name__, e)
    print(quoting, repr(sink.value()))
for kw, row in [(dict(lineterminator="\n"), ["a\rb", "c\nd"]), (dict(doublequote=False), ['a"b']),
                (dict(doublequote=False, escapechar="!"), ['a"b', "c!d"]),
                (dict(quoting=_csv.QUOTE_NONE), ["a,b"]), ({}, 1), ({}, []), ({}, iter(["x", "y"])),
                (dict(delimiter="\t", quotechar="'"), ["it's", "a\tb"])]:
    sink = Sink()
    try:
        _csv.writer(sink, **kw).writerow(row)
        print(kw, repr(sink.value()))
    except Exception as e:
        print(kw, type(e).__name__, e)
sink = Sink()
print(_csv.writer(sink).writerows([[1], [2, 3]]), repr(sink.value()))

try:
    _csv.writer(1)
except Exception as e:
    print(type(e).__name__, e)
_csv.field_size_limit(3)
try:
    list(_csv.reader(["abcd"]))
except Exception as e:
    print(type(e).__name__, e)
print(_csv.field_size_limit(131072))
try:
    _csv.field_size_limit("x")
except Exception as e:
    print(type(e).__name__, e)
d = _csv.Dialect(delimiter=";")
print(d.delimiter, repr(d.lineterminator), d.quoting, d.strict, d.skipinitialspace, d.doublequote, d.escapechar)
try:
    d.delimiter = ","
except Exception as e:
    print(type(e).__name__, e)


class D:
    delimiter = ":"
    quotechar = "'"
    lineterminator = "\n"
    quoting = 0


print(_csv.reader([], D).dialect.delimiter, _csv.reader([], dialect=D, delimiter="|").dialect.delimiter)
_csv.register_dialect("semi", delimiter=";")
print(_csv.get_dialect("semi").delimiter, _csv.list_dialects(), list(_csv.reader(["a;b"], "semi")))
_csv.unregister_dialect("semi")
for call in [lambda: _csv.reader([], "nosuch"), lambda: _csv.register_dialect(1),
             lambda: _csv.reader(), lambda: _csv.reader(1), lambda: _csv.get_dialect("nosuch"),
             lambda: _csv.unregister_dialect("nosuch")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
r = _csv.reader(["a,b", "c"])
print(next(r), r.line_num, next(r), r.line_num, _csv.Error.__module__, _csv.Error.__mro__)
