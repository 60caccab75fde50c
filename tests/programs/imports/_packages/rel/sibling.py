VALUE = "sibling value"
