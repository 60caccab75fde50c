# _json used directly (json.decoder stubbed, since the package needs re): the scanner,
# scanstring, the string encoders and the encoder, with CPython's errors and positions.
import sys, _json
class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        ValueError.__init__(self, '%s: char %d' % (msg, pos))
class FakeModule:
    pass
fake = FakeModule()
fake.JSONDecodeError = JSONDecodeError
sys.modules['json'] = fake
sys.modules['json.decoder'] = fake
class Ctx:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = float
    memo = {}
s = _json.make_scanner(Ctx())
print(s('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00"], "b": {}, "c": []}', 0))
print(s('  [1]', 2), s('"abc" tail', 0), s('NaN', 0), s('-Infinity', 0), s('123abc', 0))
for text, idx in [('', 0), ('x', 0), ('[', 0), ('[1,', 0), ('{"a" 1}', 0), ('{"a": 1 "b"}', 0), ('{1: 2}', 0), ('"abc', 0), ('"a\\qb"', 0), ('"a\\u12"', 0), ('"a\x01"', 0), ('[1 2]', 0), ('{"é": }', 0)]:
    try: print(repr(text), s(text, idx))
    except StopIteration as e: print(repr(text), 'StopIteration', e.value)
    except Exception as e: print(repr(text), type(e).__name__, e)
print(_json.scanstring('"abc"', 1), _json.scanstring('x"a\\nb"', 2), _json.scanstring('"\x01"', 1, False))
print(_json.encode_basestring_ascii('aé\U0001f600"\\\n\x01'), _json.encode_basestring('aé\U0001f600"\x7f'))
e = _json.make_encoder({}, lambda o: str(o), _json.encode_basestring_ascii, None, ': ', ', ', True, False, True)
print(e({'b': [1, 2.5, float('inf'), None, True], 'a': (1,), 1: 'x', 2.5: 'y', None: 'z', True: 'w'}, 0))
print(e({'s': {1, 2}}, 0))
e2 = _json.make_encoder(None, lambda o: 1/0, _json.encode_basestring, None, ':', ',', False, True, False)
for v in [{(1,): 2, 'k': 1}, [float('nan')], object()]:
    try: print(e2(v, 0))
    except Exception as ex: print(type(ex).__name__, ex)
l = []; l.append(l)
try: e(l, 0)
except Exception as ex: print(type(ex).__name__, ex)
for text in ['"\\ud800\\u12"', '"\\ud800\\u0041"', '"\\ud800x"', '"\\ud83d\\ude00"', '"é\\q"', '"\\u00"', '"\\uD800\\uDFFF"', '"abc\\']:
    try: print(repr(text), _json.scanstring(text, 1))
    except Exception as ex: print(repr(text), type(ex).__name__, ex)
for args in [(1, 0), ('"a"', 5), ('"a"', -1), ('"a"', 'x')]:
    try: print(_json.scanstring(*args))
    except Exception as ex: print(type(ex).__name__, ex)
for args in [(1, 0), ('"a"', -1), ('"a"', 5)]:
    try: print(s(*args))
    except StopIteration as ex: print('StopIteration', ex.value)
    except Exception as ex: print(type(ex).__name__, ex)
print(_json.make_scanner, _json.make_encoder, type(s).__name__)
print(s('{"x": 1, "x": 2}', 0), Ctx.memo)
class Ctx2(Ctx):
    object_pairs_hook = list
    parse_int = str
    parse_float = repr
    strict = False
print(_json.make_scanner(Ctx2())('{"a": 1, "b": [2.5, "\x01"]}', 0))
