# repr, str and formatting of bools.
for b in [True, False]:
    print(repr(b), str(b), '%s' % b, '%d' % b, '%r' % b, '{}'.format(b), '{:d}'.format(b), f'{b!r}', format(b), format(b, ''), format(b, '>6'), format(b, '^7d'))
print(bool.__repr__(True), bool.__str__(False) if hasattr(bool, '__str__') else None, str(bool), repr(bool), type(True))
