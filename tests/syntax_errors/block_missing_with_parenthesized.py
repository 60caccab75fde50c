# no indented block after a parenthesized 'with'
with (a as b, c as d):
pass
