NAME = "alpha from ns_one"
