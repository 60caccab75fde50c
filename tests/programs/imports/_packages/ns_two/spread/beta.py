NAME = "beta from ns_two"
