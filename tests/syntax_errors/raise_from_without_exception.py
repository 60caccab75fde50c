# raise from with no exception before 'from'
raise from e
