"""unicodedata under Krait answers as CPython 3.11's, for every character.

A script run by both interpreters prints, for each code point of planes 0-3
and 14 (every assigned character is there) and every 251st one elsewhere,
its category, bidirectional class, combining class, East Asian width,
mirrored flag, decomposition, decimal/digit/numeric values, name and the
name's lookup, and its four normal forms; then the same for ucd_3_2_0's
category, bidirectional class and normal forms of the characters Unicode 3.2
assigned. Any difference fails, and the first ones are shown.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "frontend"))
import ratchet  # noqa: E402

REFERENCE = "/usr/bin/python3.11"
SCRIPT = r"""
import sys
import unicodedata as u

def points():
    for cp in range(0x40000):
        yield cp
    for cp in range(0xE0000, 0xE1000):
        yield cp
    for cp in range(0x40000, 0x110000, 251):
        yield cp

out = []
for cp in points():
    c = chr(cp)
    name = u.name(c, None)
    looked = "" if name is None else "%X" % ord(u.lookup(name))
    forms = "|".join("%X" % ord(x) for f in ("NFC", "NFD", "NFKC", "NFKD")
                     for x in u.normalize(f, c))
    out.append("%X %s %s %d %s %d %s %r %r %r %s %s %s" % (
        cp, u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
        u.mirrored(c), u.decomposition(c), u.decimal(c, None), u.digit(c, None),
        u.numeric(c, None), name, looked, forms))
old = u.ucd_3_2_0
for cp in range(0x30000):
    c = chr(cp)
    out.append("3.2 %X %s %s %d %s %d %s %r %s %s" % (
        cp, old.category(c), old.bidirectional(c), old.combining(c), old.east_asian_width(c),
        old.mirrored(c), old.decomposition(c), old.numeric(c, None), old.name(c, None),
        "|".join("%X" % ord(x) for x in old.normalize("NFKC", c))))
sys.stdout.write("\n".join(out) + "\n")
"""


def run(interpreter):
    result = subprocess.run([interpreter, "-I", "-S", "-c", SCRIPT], capture_output=True,
                            env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    if result.returncode != 0:
        sys.exit(f"{interpreter} failed: {result.stderr.decode(errors='replace')[-2000:]}")
    return result.stdout.decode().splitlines()


def main():
    want = run(REFERENCE)
    got = run(os.path.abspath(ratchet.krait_binary()))
    different = [(w, g) for w, g in zip(want, got) if w != g]
    if len(want) != len(got):
        print(f"line counts differ: python3.11 {len(want)}, krait {len(got)}")
    for w, g in different[:20]:
        print(f"python3.11: {w}\nkrait:      {g}")
    print(f"unicodedata: {len(want) - len(different)}/{len(want)} code points identical")
    return 0 if not different and len(want) == len(got) else 1


if __name__ == "__main__":
    sys.exit(main())
