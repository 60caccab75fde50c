# raise with two 'from' clauses
raise E from a from b
