# Carets with East Asian wide characters before the failing expression.
名前 = "テスト"
値 = 名前 + 1
