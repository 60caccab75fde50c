# Every proper prefix of valid data raises EOFError (or another clean error);
# the message says what ran short.
import marshal

values = [1, 2**70, 1.5, 1j, 'text', 'ü', b'bytes', (1, 'a'), [1, [2]], {'k': 3}, {1, 2},
          frozenset({4}), 'x' * 300]
messages = {}
for version in range(5):
    for value in values:
        data = marshal.dumps(value, version)
        for end in range(len(data)):
            try:
                marshal.loads(data[:end])
                key = 'loaded'
            except Exception as e:
                key = type(e).__name__ + ': ' + str(e)
            messages[key] = messages.get(key, 0) + 1
for key in sorted(messages):
    print(messages[key], key)
