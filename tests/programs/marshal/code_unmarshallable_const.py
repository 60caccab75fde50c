# Code objects go into containers and references like any other value.
import marshal

code = compile('x = 1 + 2', 'c', 'exec')
pair = marshal.loads(marshal.dumps([code, code]))
print(pair[0] is pair[1], type(pair[0]).__name__)
ns = {}
exec(pair[1], ns)
print(ns['x'])
nested = marshal.loads(marshal.dumps({'code': code, 'n': (code,)}))
print(nested['code'] is nested['n'][0])
