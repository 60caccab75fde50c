# _locale under LANG=C.UTF-8: setlocale, localeconv, nl_langinfo, collation, gettext and errors.
import _locale as l
print(sorted(x for x in dir(l) if not x.startswith('__')))
print(l.setlocale(l.LC_ALL), l.localeconv())
print(l.getencoding(), l.nl_langinfo(l.CODESET), l.strcoll('a','b'), l.strxfrm('abc'))
for a in [(99,), ('x',), (l.LC_ALL, 'nosuch'), (l.LC_ALL, 1)]:
  try: print(l.setlocale(*a))
  except Exception as e: print(type(e).__name__, e)
try: l.nl_langinfo(99999)
except Exception as e: print(type(e).__name__, e)
print(l.Error, l.Error.__mro__, l.CHAR_MAX, l.setlocale(l.LC_ALL, ''), l.setlocale(l.LC_NUMERIC, 'C'))
print(l.textdomain(None), l.gettext('x'), l.dgettext(None,'y'), l.dcgettext(None,'z',l.LC_MESSAGES), l.bindtextdomain('x', None))
print(l.bind_textdomain_codeset('x', None))
print([l.nl_langinfo(getattr(l, n)) for n in ['DAY_1','MON_12','D_T_FMT','RADIXCHAR','YESEXPR','_DATE_FMT']])
l.setlocale(l.LC_ALL, 'C.UTF-8'); print(l.localeconv()['decimal_point'], l.strcoll('é','e'), l.strxfrm('é'))
