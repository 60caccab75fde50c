# Notes on a group and on a leaf inside the group tree.
leaf = ValueError("leaf")
leaf.add_note("note on the leaf")
group = ExceptionGroup("grouped", [leaf, TypeError("other")])
group.add_note("note on the group")
raise group
