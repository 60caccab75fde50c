"""Random cases for the built-ins, for the differential check.

cases(seed, count) returns `count` Python expressions, each a call of a
built-in (format, repr, %, int(), float(), round, divmod, **, hash, str
methods …) on random values. check_differential.py evaluates every
expression under CPython and under Krait and compares the results. The same
seed always gives the same expressions.
"""
import random

SPECIAL_FLOATS = ["float('inf')", "float('-inf')", "float('nan')", "-0.0", "0.0"]
STRING_ALPHABET = ("abcXYZ  \t\n019_-.,'\"\\\x00\x07\x7f\x85\xa0\xe9\xdf\u0130\u03a3\u03c3"
                   "\u2028\u3000\u1e9e\ufb01\U0001f600\ud800\u0345\u01c5")


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def choice(self, options):
        return self.rng.choice(options)

    # --- values, as source text ----------------------------------------------

    def int_value(self):
        kind = self.rng.random()
        if kind < 0.3:
            return repr(self.rng.randint(-20, 20))
        if kind < 0.6:
            return repr(self.rng.randint(-10 ** 6, 10 ** 6))
        if kind < 0.8:
            return repr(self.rng.randint(-2 ** 64, 2 ** 64))
        digits = self.rng.randint(20, 80)
        return repr(self.rng.randint(-10 ** digits, 10 ** digits))

    def float_value(self):
        kind = self.rng.random()
        if kind < 0.1:
            return self.choice(SPECIAL_FLOATS)
        if kind < 0.35:
            # Decimal-looking values: where rounding ties and repr matter.
            value = round(self.rng.uniform(-1000, 1000), self.rng.randint(0, 6))
        elif kind < 0.55:
            value = self.rng.randint(-100, 100) / self.choice([2, 4, 8, 10, 100, 1000, 3, 7])
        elif kind < 0.8:
            value = self.rng.uniform(-1, 1) * 10.0 ** self.rng.randint(-30, 30)
        else:
            value = self.rng.uniform(-1, 1) * 10.0 ** self.rng.randint(-320, 308)
        return repr(value)

    def complex_value(self):
        return f"complex({self.float_value()}, {self.float_value()})"

    def number(self):
        kind = self.rng.random()
        if kind < 0.4:
            return self.int_value()
        if kind < 0.85:
            return self.float_value()
        if kind < 0.93:
            return self.choice(["True", "False"])
        return self.complex_value()

    def string(self, max_length=12):
        length = self.rng.randint(0, max_length)
        return repr("".join(self.choice(STRING_ALPHABET) for _ in range(length)))

    def word_string(self):
        words = [self.choice(["a", "ab", "", "xyz", "A", "Ab", "1", "\u00e9t\u00e9", "\u03a3\u03c3"])
                 for _ in range(self.rng.randint(0, 5))]
        separator = self.choice([" ", ",", ", ", "\t", "  ", "\n", "a", "\r\n"])
        return repr(separator.join(words))

    # --- format specs ------------------------------------------------------------

    def format_spec(self, types):
        spec = ""
        if self.rng.random() < 0.3:
            fill = self.choice(["", "*", "0", " ", "\u00e9", "{"]) if self.rng.random() < 0.5 else ""
            spec += fill + self.choice("<>^=")
        if self.rng.random() < 0.3:
            spec += self.choice("+- ")
        if self.rng.random() < 0.1:
            spec += "z"
        if self.rng.random() < 0.2:
            spec += "#"
        if self.rng.random() < 0.2:
            spec += "0"
        if self.rng.random() < 0.4:
            spec += str(self.rng.randint(0, 25))
        if self.rng.random() < 0.2:
            spec += self.choice([",", "_"])
        if self.rng.random() < 0.5:
            spec += "." + str(self.rng.randint(0, 20))
        if self.rng.random() < 0.85:
            spec += self.choice(types)
        return spec

    def percent_spec(self):
        spec = "%"
        for flag in "#0- +":
            if self.rng.random() < 0.15:
                spec += flag
        if self.rng.random() < 0.4:
            spec += str(self.rng.randint(0, 20))
        if self.rng.random() < 0.4:
            spec += "." + str(self.rng.randint(0, 15))
        return spec + self.choice("diouxXeEfFgGcrsa%")

    # --- cases -------------------------------------------------------------------

    def case_format(self):
        value = self.number()
        spec = self.format_spec("bcdoxXneEfFgG%" if self.rng.random() < 0.8 else "sbr")
        return f"format({value}, {spec!r})"

    def case_str_format(self):
        value = self.number()
        conversion = self.choice(["", "", "", "!r", "!s", "!a"])
        return f"'<{{0{conversion}:{self.format_spec('dxeEfgG%')}}}>'.format({value})"

    def case_repr(self):
        return f"{self.choice(['repr', 'str', 'ascii'])}({self.choice([self.number(), self.string()])})"

    def case_percent(self):
        value = self.choice([self.number(), self.string(4)])
        return f"{self.percent_spec()!r} % ({value},)"

    def case_int_parse(self):
        body = "".join(self.choice("0123456789abcdefxXoObB_ +-\t") for _ in range(self.rng.randint(0, 10)))
        base = self.choice(["", "", ", 0", ", 2", ", 8", ", 16", ", 36", ", 10", ", 1", ", 37"])
        return f"int({body!r}{base})"

    def case_float_parse(self):
        pieces = [self.choice(["", "+", "-", " "]), self.choice(["1", "12", "1_0", "0", "", "_1"]),
                  self.choice(["", ".", ".5", ".0_1", "."]), self.choice(["", "e5", "E-3", "e", "e+_1"]),
                  self.choice(["", " ", "\n", "x"])]
        if self.rng.random() < 0.15:
            pieces = [self.choice(["", "-", "+"]), self.choice(["inf", "nan", "INFINITY", "iNf", "nan1", "infinit"])]
        return f"float({''.join(pieces)!r})"

    def case_round(self):
        value = self.choice([self.float_value(), self.int_value()])
        digits = self.choice(["", ", None", f", {self.rng.randint(-30, 30)}", f", {self.rng.randint(-3, 8)}"])
        return f"round({value}{digits})"

    def case_divmod(self):
        left, right = self.number(), self.number()
        return f"{self.choice(['divmod({0}, {1})', '({0}) // ({1})', '({0}) % ({1})', '({0}) / ({1})'])}".format(left, right)

    def case_power(self):
        kind = self.rng.random()
        if kind < 0.4:
            base, exponent = self.number(), self.choice([str(self.rng.randint(-5, 12)), self.float_value()])
            return f"({base}) ** ({exponent})"
        if kind < 0.7:
            base = repr(self.rng.randint(-1000, 1000))
            exponent = repr(self.rng.randint(-3, 200))
            return f"({base}) ** ({exponent})"
        base, exponent = repr(self.rng.randint(-10 ** 6, 10 ** 6)), repr(self.rng.randint(-3, 10 ** 6))
        modulus = repr(self.choice([self.rng.randint(-50, 50), self.rng.randint(2, 10 ** 12)]))
        return f"pow({base}, {exponent}, {modulus})"

    def case_hash(self):
        value = self.choice([self.int_value(), self.float_value(), self.complex_value(), self.string(),
                             f"({self.number()}, {self.string(3)})",
                             f"frozenset([{self.int_value()}, {self.int_value()}])"])
        if "nan" in value:
            value = self.int_value()
        return f"hash({value})"

    def case_int_methods(self):
        value = self.int_value()
        method = self.choice([
            "bit_length()", "bit_count()", "as_integer_ratio()", "conjugate()",
            f"to_bytes({self.rng.randint(0, 12)}, {self.choice(['big', 'little'])!r}, signed={self.choice(['True', 'False'])})",
            f"__round__({self.rng.randint(-8, 2)})", "__index__()", "__abs__()", "__neg__()", "__invert__()",
            f"__lshift__({self.rng.randint(-2, 70)})", f"__rshift__({self.rng.randint(-2, 70)})",
            f"__and__({self.int_value()})", f"__or__({self.int_value()})", f"__xor__({self.int_value()})",
        ])
        return f"({value}).{method}"

    def case_float_methods(self):
        value = self.float_value()
        method = self.choice(["hex()", "is_integer()", "as_integer_ratio()", "__trunc__()", "__floor__()",
                              "__ceil__()", f"__round__({self.rng.randint(-5, 5)})", "__round__()", "conjugate()",
                              "real", "imag", "__int__()", "__abs__()", "__neg__()"])
        return f"({value}).{method}"

    def case_fromhex(self):
        text = self.choice(["0x", "-0x", "", " 0X", "+0x"]) + "".join(
            self.choice("0123456789abcdefABCDEF") for _ in range(self.rng.randint(0, 14)))
        if self.rng.random() < 0.6:
            text += "." + "".join(self.choice("0123456789abcdef") for _ in range(self.rng.randint(0, 6)))
        if self.rng.random() < 0.6:
            text += self.choice(["p", "P"]) + str(self.rng.randint(-1100, 1100))
        return f"float.fromhex({text!r})"

    def case_complex(self):
        kind = self.rng.random()
        if kind < 0.5:
            operator = self.choice(["+", "-", "*", "/", "**", "=="])
            return f"({self.complex_value()}) {operator} ({self.number()})"
        if kind < 0.8:
            return f"{self.choice(['repr', 'abs', 'str'])}({self.complex_value()})"
        text = self.choice(["1+2j", "(1-2j)", " 3j ", "j", "-j", "1e3+.5j", "nan+infj", "1 + 2j", "(1", "2J", "+1.5e-3-4.25J"])
        return f"complex({text!r})"

    def case_str_method(self):
        text = self.choice([self.string(), self.word_string()])
        char = repr(self.choice(["a", " ", ",", "\u00e9", "\n", "ab"]))
        number = self.rng.randint(-3, 20)
        method = self.choice([
            "upper()", "lower()", "casefold()", "title()", "capitalize()", "swapcase()",
            "isidentifier()", "isprintable()", "isdecimal()", "isnumeric()", "isdigit()", "isalpha()",
            "isalnum()", "isspace()", "isupper()", "islower()", "istitle()", "isascii()",
            "split()", f"split({char})", f"split({char}, {number})", f"rsplit(None, {number})",
            f"rsplit({char}, {number})", "splitlines()", "splitlines(True)", f"partition({char})",
            f"rpartition({char})", f"center({number}, {repr(self.choice(['*', ' ', chr(233)]))})",
            f"ljust({number})", f"rjust({number}, '-')", f"zfill({number})", f"expandtabs({number})",
            f"find({char}, {number})", f"rfind({char}, {-number})", f"count({char})",
            f"index({char})", f"replace({char}, {repr(self.choice(['', 'XY', chr(223)]))}, {number - 5})",
            "strip()", f"strip({char})", f"lstrip({char})", f"rstrip()", f"startswith({char}, {number})",
            f"endswith(({char}, 'a'))", f"removeprefix({char})", f"removesuffix({char})",
            f"encode({self.choice(['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-32'])!r}, "
            f"{self.choice(['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogatepass', 'surrogateescape'])!r})",
            f"join([{char}, 'x'])", f"__getitem__(slice({number - 10}, {number}, {self.choice([1, -1, 2, -3])}))",
            f"__mul__({number})", f"__mod__(())",
        ])
        return f"{text}.{method}"

    def case(self):
        makers = [self.case_format] * 6 + [self.case_str_format] * 2 + [self.case_repr] * 2 + \
                 [self.case_percent] * 3 + [self.case_int_parse, self.case_float_parse] + \
                 [self.case_round] * 2 + [self.case_divmod] * 2 + [self.case_power] * 2 + \
                 [self.case_hash] * 2 + [self.case_int_methods, self.case_float_methods, self.case_fromhex,
                                          self.case_complex] + [self.case_str_method] * 6
        return self.choice(makers)()


def cases(seed, count):
    generator = Generator(seed)
    return [generator.case() for _ in range(count)]
