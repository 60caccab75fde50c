#!/usr/bin/python3.11
"""Write seed inputs for fuzz/fuzz_marshal.cpp: marshal.dumps of varied values
in every version, one file each, into the folder given.

Run it with /usr/bin/python3.11 for CPython's output of plain data (and
CPython's code objects, which Krait refuses: good seeds for the error paths),
and with Krait for code objects in Krait's layout:
  tools/marshal_fuzz_seeds.py DIR && build/<name>/krait tools/marshal_fuzz_seeds.py DIR
"""
import marshal
import sys

SOURCE = '''
import sys
def f(a, b=1, *args, c, **kw):
    try:
        return [x + b for x in a if x]
    except (TypeError, ValueError) as e:
        raise RuntimeError('wrapped') from e
    finally:
        del a
class C:
    attribute = {'k': (1, 2.5, 3j, b'b', None)}
    def method(self):
        def inner():
            return self
        return inner
async def coroutine():
    async with x as y:
        await y
def generator():
    yield from range(3)
    with open('f') as g:
        pass
match 1:
    case [1, *_] | {'k': _}:
        pass
lambda: f'{1!r:>{2}}'
'''


def values():
    shared = [1, 2]
    text = 'shared text'
    yield from [None, True, False, ..., StopIteration, 0, 1, -1, 2**31, -2**31 - 1, 2**64, -(10**40),
                0.5, -0.0, float('inf'), float('nan'), 1e-300, 1 + 2j, '', 'a', 'ascii text',
                'ü nicode ☃ \U0001f600', '\ud800', 'x' * 300, sys.intern('interned'), b'', b'bytes',
                bytes(range(256)), (), (1,), tuple(range(300)), [], [shared, shared], {}, {'a': 1, 2: [3]},
                set(), {1, 2, 3}, frozenset(), frozenset({'p', 'q'}), (text, text, [text]),
                {'nested': [(1, {2: frozenset({3})}), [[[[]]]]]}]
    lst = []
    lst.append(lst)
    yield lst
    yield compile(SOURCE, 'seed', 'exec')


def main():
    folder = sys.argv[1]
    prefix = sys.implementation.name
    count = 0
    for index, value in enumerate(values()):
        for version in range(5):
            try:
                data = marshal.dumps(value, version)
            except ValueError:  # a self-reference before version 3
                continue
            with open(f'{folder}/{prefix}-{index}-{version}', 'wb') as f:
                f.write(data)
            count += 1
    print(count, 'seeds')


main()
