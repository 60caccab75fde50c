# Carets line up under a line containing non-ASCII characters.
héllo = {"clé": "valeur"}
résultat = héllo["clé"] + héllo["clef"]
