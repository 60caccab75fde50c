TOP = "rel top"
