# select.select and poll objects on the standard descriptors: results and argument errors.
import select
print(select.select([], [], [], 0))
print(select.select([0], [1], [], 0.01)[1])
for args in [([], [], [], -1), ([], [], [], "x"), (["x"], [], [], 0), ([-1], [], [], 0), ([99999], [], [], 0), (1, [], [])]:
    try: print(select.select(*args))
    except Exception as e: print(type(e).__name__, e)
p = select.poll()
p.register(1)
print(p.poll(0))
p.modify(1, select.POLLOUT)
print(p.poll(10))
for call in [lambda: p.modify(5, 1), lambda: p.unregister(7), lambda: p.register(1, -1), lambda: p.register(1, 1 << 20), lambda: p.poll("x"), lambda: select.poll(1)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
p.unregister(1)
print(p.poll(0), select.error, select.POLLIN, select.PIPE_BUF)
try: type(p)()
except Exception as e: print(type(e).__name__, e)
for v in [1<<16, 1<<40, -(1<<40), 'x', -1]:
  try: select.poll().register(1, v)
  except Exception as e: print(type(e).__name__, e)
for a in [{}, "ab", b"", range(0)]:
  try: print(select.select(a, [], [], 0))
  except Exception as e: print(type(e).__name__, e)
